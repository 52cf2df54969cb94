using GraphQL.Types;
using Platform.GraphQL.Satellites.Types;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>PreparationGrantItemInput</c>.</summary>
public sealed class PreparationGrantItemInputType : InputObjectGraphType<PreparationGrantItemInput>
{
    /// <summary>Defines the fields.</summary>
    public PreparationGrantItemInputType()
    {
        Name = "PreparationGrantItemInput";
        Description = "One item of a preparation grant.";
        Field<NonNullGraphType<PreparationItemEnumType>>("item").Description("What it pays for.");
        Field(x => x.AmountYen).Description("In yen, more than 0.");
    }
}
