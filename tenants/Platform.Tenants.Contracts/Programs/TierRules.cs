namespace Platform.Tenants.Programs;

/// <summary>The tier rules of the national scheme (see DOMAIN.md, "The three program tiers").</summary>
public static class TierRules
{
    /// <summary>The five core functions ①–⑤.</summary>
    public static readonly ImmutableArray<SupportFunction> CoreFunctions =
    [
        SupportFunction.Consultation,
        SupportFunction.PlaceOfBelonging,
        SupportFunction.Network,
        SupportFunction.PeerAndFamilyGroups,
        SupportFunction.PublicAwareness,
    ];

    private static readonly ImmutableArray<SupportFunction> StationCore =
    [
        SupportFunction.Consultation,
        SupportFunction.PlaceOfBelonging,
        SupportFunction.Network,
    ];

    /// <summary>What a tier must deliver: a center all five, a station ①②③, a project nothing.</summary>
    public static ImmutableArray<SupportFunction> RequiredFunctions(ProgramTier tier) => tier switch
    {
        ProgramTier.RegionalSupportCenter => CoreFunctions,
        ProgramTier.SupportStation => StationCore,
        ProgramTier.SupportProject => [],
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };

    /// <summary>The required functions of <paramref name="tier"/> missing from <paramref name="delivered"/>.</summary>
    public static ImmutableArray<SupportFunction> Missing(ProgramTier tier, IEnumerable<SupportFunction> delivered)
    {
        var have = delivered.ToHashSet();
        return [.. RequiredFunctions(tier).Where(f => !have.Contains(f))];
    }

    /// <summary>Functions in a stable order (the enum's order), each once.</summary>
    public static ImmutableArray<SupportFunction> Normalize(IEnumerable<SupportFunction> functions) =>
        [.. functions.Distinct().Order()];
}
