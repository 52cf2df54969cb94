using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Satellites;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>The payload of a satellite mutation: <c>{ clientMutationId satellite errors }</c>.</summary>
public abstract class SatellitePayloadType : ObjectGraphType<MutationPayload<SatelliteRecord>>
{
    /// <summary>Defines the fields under <paramref name="name"/>.</summary>
    protected SatellitePayloadType(string name)
    {
        Name = name;
        Field(x => x.ClientMutationId, nullable: true);
        Field<SatelliteGraphType>("satellite")
            .Description("The satellite as it now stands; null when errors is not empty.")
            .Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
