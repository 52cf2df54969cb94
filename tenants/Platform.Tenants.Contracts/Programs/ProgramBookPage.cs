namespace Platform.Tenants.Programs;

/// <summary>
/// What a <see cref="IProgramBookGrain"/> answers: the programs of one prefecture's
/// municipalities in one fiscal year, by LG code (a municipality without one is absent), and
/// the municipalities whose program is changing, whose entry (or absence) must not be trusted:
/// read those from the municipality.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.program-book-page.v1")]
public sealed record ProgramBookPage(
    [property: Id(0)] ImmutableDictionary<string, ProgramRecord> Programs,
    [property: Id(1)] ImmutableHashSet<string> Changing)
{
    /// <summary>
    /// The program of <paramref name="municipalityCode"/> when the book knows it: true with the
    /// program (null: none); false when the municipality is changing and must be asked itself.
    /// </summary>
    public bool TryGet(string municipalityCode, out ProgramRecord? program)
    {
        program = Programs.GetValueOrDefault(municipalityCode);
        return !Changing.Contains(municipalityCode);
    }
}
