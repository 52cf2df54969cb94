namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>FlaggedProgram</c>.</summary>
public sealed class FlaggedProgramType : ObjectGraphType<FlaggedProgram>
{
    public FlaggedProgramType()
    {
        Name = "FlaggedProgram";
        Description = "A municipality's program of an ended fiscal year with a required function that no record shows.";
        Field<NonNullGraphType<MunicipalityGraphType>, MunicipalityInfo>("municipality")
            .Description("The municipality.")
            .Resolve(ctx => ctx.Directory().Municipality(ctx.Source.MunicipalityCode));
        Field<NonNullGraphType<TierDeliveryType>>("delivery").Description("Its program against the tier's rules.").Resolve(ctx => ctx.Source.Delivery);
    }
}
