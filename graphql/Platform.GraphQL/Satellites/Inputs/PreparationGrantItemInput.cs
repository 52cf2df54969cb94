using Platform.GraphQL.Satellites.Types;
using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>One item of a preparation grant.</summary>
public sealed class PreparationGrantItemInput
{
    /// <summary>What it pays for.</summary>
    public PreparationItem Item { get; set; }

    /// <summary>The amount in yen.</summary>
    public int AmountYen { get; set; }
}

/// <summary>GraphQL input <c>PreparationGrantItemInput</c>.</summary>
public sealed class PreparationGrantItemInputType : InputObjectGraphType<PreparationGrantItemInput>
{
    public PreparationGrantItemInputType()
    {
        Name = "PreparationGrantItemInput";
        Description = "One item of a preparation grant.";
        Field<NonNullGraphType<PreparationItemEnumType>>("item").Description("What it pays for.");
        Field(x => x.AmountYen).Description("In yen, more than 0.");
    }
}
