namespace Platform.Tenants.Programs;

/// <summary>
/// The programs of one prefecture's municipalities in one fiscal year, key
/// <c>"{prefecture code}/{fiscal year}"</c> (<see cref="ProgramBookKey"/>), so that a page of the directory
/// reads its programs in one call per prefecture instead of one per municipality. Each
/// municipality keeps it current at write time: it marks itself as changing here before it
/// changes a program, and sets the program here once the change is stored; the change is
/// acknowledged only after both. A municipality still marked is read from its own grain.
/// </summary>
[Alias("platform.program-book"), OwnedBy(OwnerKind.None)]
public interface IProgramBookGrain : IGrainWithStringKey
{
    /// <summary>Every program of the year, and the municipalities whose program is changing.</summary>
    [Alias("read"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ProgramBookPage> Read();

    /// <summary>Marks a municipality as about to change its program: until <see cref="Set"/>, readers ask the municipality.</summary>
    [Alias("mark-changing"), Access(AccessLevel.System)]
    Task MarkChanging(string municipalityCode);

    /// <summary>Sets (not adds) a municipality's stored program of the year (null: none) and clears its mark.</summary>
    [Alias("set"), Access(AccessLevel.System)]
    Task Set(string municipalityCode, ProgramRecord? program);
}

/// <summary>The keys of <see cref="IProgramBookGrain"/>.</summary>
public static class ProgramBookKey
{
    /// <summary>The key of the book of <paramref name="prefectureCode"/> (2 digits) for <paramref name="fiscalYear"/>.</summary>
    public static string Of(string prefectureCode, int fiscalYear) =>
        $"{prefectureCode}/{fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
