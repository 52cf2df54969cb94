using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CaseChange</c>: one entry of a case's history, with the values it replaced.</summary>
public sealed class CaseChangeType : ObjectGraphType<CaseChange>
{
    /// <summary>Defines the fields.</summary>
    public CaseChangeType()
    {
        Name = "CaseChange";
        Field<NonNullGraphType<DateTimeScalarType>>("at").Resolve(ctx => ctx.Source.At);
        Field(x => x.By).Description("The worker who made the change (a subject id).");
        Field(x => x.Action).Description("What was done: \"reassign\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields")
            .Description("The fields that changed.")
            .Resolve(ctx => ctx.Source.Fields.IsDefault ? Array.Empty<string>() : ctx.Source.Fields.ToArray());
        Field(x => x.Reason, nullable: true).Description("Why, when a reason was given.");
        Field(x => x.PreviousAssignee, nullable: true).Description("The worker in charge before a reassignment.");
    }
}
