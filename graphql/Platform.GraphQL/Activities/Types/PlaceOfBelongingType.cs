namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>PlaceOfBelonging</c> (居場所).</summary>
public sealed class PlaceOfBelongingType : ObjectGraphType<PlaceOfBelonging>
{
    public PlaceOfBelongingType()
    {
        Name = "PlaceOfBelonging";
        Description = "A place of belonging (居場所) a tenant runs; sessions refer to it by id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its id within the tenant; activities and plans refer to it.").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name).Description("Its name.");
        Field(x => x.Address, nullable: true).Description("Where it is; null when not given.");
        Field(x => x.Schedule, nullable: true).Description("When it opens, as the tenant words it.");
        Field(x => x.IsPublic).Description("Listed in the public directory (while open).");
        Field<DateScalarType>("closedOn").Description("The last day it was open; null while open.").Resolve(ctx => ctx.Source.ClosedOn);
    }
}
