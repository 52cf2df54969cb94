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
        Field<NonNullGraphType<PreparationItemEnumType>>("item");
        Field(x => x.AmountYen).Description("In yen, more than 0.");
    }
}
