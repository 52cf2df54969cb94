using GraphQL.Types;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>SatelliteTransitionCount</c>: satellites handed over in one fiscal year.</summary>
public sealed class SatelliteTransitionCountType : ObjectGraphType<KeyValuePair<int, int>>
{
    /// <summary>Defines the fields.</summary>
    public SatelliteTransitionCountType()
    {
        Name = "SatelliteTransitionCount";
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("transitions").Resolve(ctx => ctx.Source.Value);
    }
}
