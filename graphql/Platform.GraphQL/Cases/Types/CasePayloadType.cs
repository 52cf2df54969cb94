using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>The payload of a case mutation: <c>{ clientMutationId case errors }</c>.</summary>
public abstract class CasePayloadType : ObjectGraphType<MutationPayload<CaseFile>>
{
    /// <summary>Defines the fields under <paramref name="name"/>.</summary>
    protected CasePayloadType(string name)
    {
        Name = name;
        Field(x => x.ClientMutationId, nullable: true);
        Field<CaseGraphType>("case")
            .Description("The case as it now stands; null when errors is not empty.")
            .Resolve(ctx => ctx.Source.Result is { } file ? CaseNode.Of(file) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
