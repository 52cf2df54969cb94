namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>SatelliteTransitionCount</c>: satellites handed over in one fiscal year.</summary>
public sealed class SatelliteTransitionCountType : ObjectGraphType<KeyValuePair<int, int>>
{
    public SatelliteTransitionCountType()
    {
        Name = "SatelliteTransitionCount";
        Description = "How many satellites were handed over to their municipality in one fiscal year.";
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fiscal year (年度).").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("transitions").Description("How many were handed over.").Resolve(ctx => ctx.Source.Value);
    }
}
