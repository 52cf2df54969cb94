using GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>UpdateCaseConcernsInput</c>.</summary>
public sealed class UpdateCaseConcernsInputType : CaseMutationInputType<UpdateCaseConcernsInput>
{
    /// <summary>Defines the fields.</summary>
    public UpdateCaseConcernsInputType() : base("UpdateCaseConcernsInput")
    {
        Description = "The input of updateCaseConcerns.";
        Field<ListGraphType<NonNullGraphType<Types.ConcernEnumType>>>("concerns").Description("The concerns as they now stand (each once).");
        Field(x => x.Reason, nullable: true).Description("Why, where a fact is corrected; kept in the case's history.");
    }
}
