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
