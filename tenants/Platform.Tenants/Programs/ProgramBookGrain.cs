using Platform.Tenants.ReferenceData;

namespace Platform.Tenants.Programs;

/// <summary>The programs of one prefecture's municipalities in one fiscal year (see <see cref="IProgramBookGrain"/>).</summary>
public sealed class ProgramBookGrain(
    [PersistentState("program-book", StorageNames.Platform)] IPersistentState<ProgramBookState> state,
    TenantDirectory directory,
    CallerSigner signer) : Grain, IProgramBookGrain
{
    /// <summary>
    /// How long a municipality may stay marked before the book asks it to send its programs again:
    /// longer than its own retry of a failed send, so this only catches a mark whose change was
    /// never stored (the municipality's write failed after it marked itself).
    /// </summary>
    public static readonly TimeSpan StaleMarkAfter = PendingReports.RetryAfter * 2;

    private readonly Dictionary<string, DateTime> _markSeen = new(StringComparer.Ordinal);
    private string _prefectureCode = null!;
    private int _fiscalYear;
    private ProgramBookPage? _page;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Only "{prefecture}/{fiscal year}" of a real prefecture and a kept year is a book.
        var key = this.GetPrimaryKeyString();
        var parts = key.Split('/');
        if (parts.Length != 2 || directory.Prefecture(parts[0]) is not { } prefecture || prefecture.Code != parts[0]
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !FiscalYear.IsValid(year) || ProgramBookKey.Of(parts[0], year) != key)
        {
            throw new ArgumentException($"'{key}' is not a program book's key (prefecture code/fiscal year).");
        }

        (_prefectureCode, _fiscalYear) = (prefecture.Code, year);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ProgramBookPage> Read()
    {
        if (state.State.Changing.Count > 0)
        {
            AskStaleMarksAgain();
        }

        return Task.FromResult(_page ??= new ProgramBookPage(
            state.State.Programs.ToImmutableDictionary(StringComparer.Ordinal),
            state.State.Changing.ToImmutableHashSet(StringComparer.Ordinal)));
    }

    /// <inheritdoc />
    public async Task MarkChanging(string municipalityCode)
    {
        EnsureMember(municipalityCode);
        _markSeen[municipalityCode] = DateTime.UtcNow;
        if (state.State.Changing.Add(municipalityCode))
        {
            // Stored before the municipality changes anything: a mark lost with this activation
            // would let a page serve the old program after the change.
            _page = null;
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public async Task Set(string municipalityCode, ProgramRecord? program)
    {
        EnsureMember(municipalityCode);
        if (program is not null && program.FiscalYear != _fiscalYear)
        {
            throw new ArgumentException($"A program of fiscal year {program.FiscalYear} does not belong in the book of {_fiscalYear}.");
        }

        _markSeen.Remove(municipalityCode);
        var changed = state.State.Changing.Remove(municipalityCode);
        var current = state.State.Programs.GetValueOrDefault(municipalityCode);
        if (program is null)
        {
            changed |= state.State.Programs.Remove(municipalityCode);
        }
        else if (current is null || !Same(current, program))
        {
            state.State.Programs[municipalityCode] = program;
            changed = true;
        }

        if (changed)
        {
            _page = null;
            await state.WriteStateAsync();
        }
    }

    // A record's functions are an array: equal records from two sends hold two arrays.
    private static bool Same(ProgramRecord a, ProgramRecord b) =>
        a with { Functions = b.Functions } == b && a.Functions.SequenceEqual(b.Functions);

    private void EnsureMember(string municipalityCode)
    {
        if (directory.Municipality(municipalityCode)?.PrefectureCode != _prefectureCode)
        {
            throw new ArgumentException($"{municipalityCode} is not a municipality of prefecture {_prefectureCode}.");
        }
    }

    // A mark older than the municipality's own retries: its change may never have been stored.
    // The municipality is asked (without waiting for it) to send what it has stored, which
    // clears the mark; until then its rows are read from it, so nothing stale is served.
    private void AskStaleMarksAgain()
    {
        var now = DateTime.UtcNow;
        foreach (var code in state.State.Changing)
        {
            if (!_markSeen.TryGetValue(code, out var seen))
            {
                // Marked before this activation: give the municipality's own retry its time first.
                _markSeen[code] = now;
            }
            else if (now - seen > StaleMarkAfter)
            {
                _markSeen[code] = now;
                using (CallerContext.EnterSystem(signer))
                {
                    GrainFactory.Grain<IMunicipalityGrain>(code).ResendPrograms().Ignore();
                }
            }
        }
    }
}

/// <summary>The stored state of one program book.</summary>
[GenerateSerializer, Alias("platform.program-book-state.v1")]
public sealed class ProgramBookState
{
    /// <summary>The stored program of each municipality that has one in the year, by LG code.</summary>
    [Id(0)]
    public Dictionary<string, ProgramRecord> Programs { get; set; } = [];

    /// <summary>Municipalities that marked themselves as changing and have not set their program since.</summary>
    [Id(1)]
    public HashSet<string> Changing { get; set; } = [];
}
