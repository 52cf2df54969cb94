namespace Platform.Tenants.Statistics;

/// <summary>
/// The rules, beyond small counts, that hide a published cell: it must be counted from at least
/// <see cref="MinContributors"/> tenants, and no one tenant may make up more than
/// <see cref="DominanceShare"/> of it.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.disclosure-rules.v1")]
public sealed record DisclosureRules(
    [property: Id(0)] int MinContributors,
    [property: Id(1)] double DominanceShare)
{
    /// <summary>The fewest contributing tenants by default.</summary>
    public const int DefaultMinContributors = 3;

    /// <summary>The largest share of one tenant by default.</summary>
    public const double DefaultDominanceShare = 0.85;

    /// <summary>Three tenants at least, none above 85%.</summary>
    public static DisclosureRules Default { get; } = new(DefaultMinContributors, DefaultDominanceShare);

    /// <summary>True when one tenant's <paramref name="largest"/> makes up too much of <paramref name="value"/>.</summary>
    public bool Dominates(int largest, int value) => value > 0 && largest > DominanceShare * value;
}
