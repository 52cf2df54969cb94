namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseConcerns</c>.</summary>
public sealed class UpdateCaseConcernsInput : CaseMutationInput
{
    /// <summary>The concerns as they now stand.</summary>
    public List<Platform.Tenants.Cases.Concern>? Concerns { get; set; }

    /// <summary>Why (for a corrected fact), kept in the case's history.</summary>
    public string? Reason { get; set; }
}

/// <summary>GraphQL input <c>UpdateCaseConcernsInput</c>.</summary>
public sealed class UpdateCaseConcernsInputType : CaseMutationInputType<UpdateCaseConcernsInput>
{
    public UpdateCaseConcernsInputType() : base("UpdateCaseConcernsInput")
    {
        Description = "The input of updateCaseConcerns.";
        Field<ListGraphType<NonNullGraphType<Types.ConcernEnumType>>>("concerns").Description("The concerns as they now stand (each once).");
        Field(x => x.Reason, nullable: true).Description("Why, where a fact is corrected; kept in the case's history.");
    }
}
