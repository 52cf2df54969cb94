using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Platform.Tenants.Cases;
using Platform.Tenants.Common;

namespace Platform.Benchmarks;

/// <summary>
/// The ten-year row: a city with 2,000 cases on its books, simulated year by year with the case
/// book's own stored types, then one change written as the storage writes it: the live shard
/// serialized in Orleans' binary format and sealed with AES-GCM. Reports what one change rewrites
/// (the largest live shard), the whole stored state (live shards and archive), and the time of
/// that write after the first and the tenth year, and their ratios (goal ≤ 1.5).
/// </summary>
/// <remarks>
/// The model: 2,000 open cases from the first day; each year 400 close and 400 open (a case lasts
/// five years on average); each open case has two contacts a month; retention is five years.
/// The case book keeps what it keeps in production (<c>CaseBookGrain.Archive.cs</c>): live shards
/// (<see cref="CaseBookShard"/>) with the open cases and the cases closed in an open fiscal year,
/// each entry with the activity items of the current and previous fiscal year only; the items of
/// closed years, and the figures of archived and purged cases, folded into the shard's monthly
/// figures; and per fiscal year of closure an archive (<see cref="CaseArchiveState"/>) of the cases
/// closed in a closed year and not yet purged. The database's own write of the row (not timed
/// here) grows with the same bytes.
/// </remarks>
internal static class CaseBookGrowth
{
    private const int OpenCases = 2000, TurnoverPerYear = 400, ContactsPerMonth = 2, RetentionYears = 5, Repetitions = 200;
    private static readonly int Shards = CaseBookShard.Layout.Count;
    private const int FirstFiscalYear = 2026;

    /// <summary>Runs the simulation and writes the row; returns 0.</summary>
    public static int Run(TextWriter output)
    {
        using var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(CaseBookShard).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var random = new Random(2026);
        var cases = new Dictionary<string, Simulated>();
        var next = 0;
        void Open(DateOnly on) => cases[$"{random.NextInt64():x16}{next:x8}"] = new Simulated(next++, on);
        for (var i = 0; i < OpenCases; i++)
        {
            Open(new DateOnly(FirstFiscalYear, 4, 1));
        }

        Measured first = default, last = default;
        for (var year = 1; year <= 10; year++)
        {
            var fiscalYear = FirstFiscalYear + year - 1;
            for (var month = 0; month < 12; month++)
            {
                var day = new DateOnly(fiscalYear, 4, 1).AddMonths(month);
                foreach (var open in cases.Values.Where(c => c.ClosedOn is null))
                {
                    for (var n = 0; n < ContactsPerMonth; n++)
                    {
                        open.Activity.Add(new CaseActivity((day.Year * 100) + day.Month, (ContactChannel)random.Next(4), null));
                    }
                }

                // A twelfth of the year's turnover each month.
                var closing = cases.Values.Where(c => c.ClosedOn is null).OrderBy(_ => random.Next()).Take(TurnoverPerYear / 12).ToList();
                closing.ForEach(c => c.ClosedOn = day.AddDays(14));
                for (var n = 0; n < closing.Count; n++)
                {
                    Open(day.AddDays(n));
                }

                foreach (var expired in cases.Values.Where(c => c.ClosedOn is { } closed && closed.AddYears(RetentionYears) < day))
                {
                    expired.Purged = true;
                }
            }

            if (year is 1 or 10)
            {
                var measured = Measure(serializer, cases, new DateOnly(fiscalYear + 1, 3, 31));
                (year == 1 ? ref first : ref last) = measured;
            }
        }

        output.WriteLine($"Case book after 10 years of a {OpenCases:N0}-case city (live shards, archive, write of one change):");
        foreach (var (name, m) in new[] { ("year 1: ", first), ("year 10:", last) })
        {
            output.WriteLine($"  {name} live {m.LiveBytes / 1024.0:N0} KiB in {Shards} shards (largest {m.LargestShard / 1024.0:N0} KiB, {m.LiveEntries:N0} entries), archive {m.ArchiveBytes / 1024.0:N0} KiB ({m.ArchivedEntries:N0} entries), a change writes in {m.WriteMs:0.00} ms");
        }

        output.WriteLine($"  ratio year 10 / year 1: largest live shard (what a change rewrites) {(double)last.LargestShard / first.LargestShard:0.00}, write time {last.WriteMs / first.WriteMs:0.00} (goal ≤ 1.5); whole state {(double)(last.LiveBytes + last.ArchiveBytes) / (first.LiveBytes + first.ArchiveBytes):0.00}");
        return 0;
    }

    private static Measured Measure(Serializer serializer, Dictionary<string, Simulated> cases, DateOnly today)
    {
        var closedThrough = ClosedYears.ClosedThrough(today);
        bool Closed(CaseActivity a) => CaseMonth.Split(a.Month).FiscalYear <= closedThrough;
        var shards = Enumerable.Range(0, Shards).Select(_ => new CaseBookShard { TenantCode = "012041", ClosedThrough = closedThrough }).ToArray();
        var archives = new SortedDictionary<int, CaseArchiveState>();
        foreach (var (id, c) in cases)
        {
            // The entry as the book keeps it: closed years' items folded into the shard's months.
            var shard = shards[CaseBookShard.Layout.Of(id)];
            var summary = c.Summary(id);
            var closedItems = summary.Activity.Where(Closed).ToList();
            CaseBookFolding.AddItems(shard.Folded, closedItems);
            var entry = summary with { Activity = [.. summary.Activity.Where(a => !Closed(a))], FoldedActivity = closedItems.Count };
            if (c.ClosedOn is { } closedOn && FiscalYear.Of(closedOn) <= closedThrough)
            {
                // Closed in a closed year: archived (its figures folded), and purged after retention.
                CaseBookFolding.Add(shard.Folded, entry, today);
                var year = FiscalYear.Of(closedOn);
                shard.ArchiveYears.Add(year);
                if (!c.Purged)
                {
                    var archive = archives.TryGetValue(year, out var a) ? a : archives[year] = new CaseArchiveState { TenantCode = "012041" };
                    archive.Cases[id] = entry;
                }
            }
            else
            {
                shard.Cases[id] = entry;
            }
        }

        var sizes = shards.Select(s => (long)serializer.SerializeToArray(s).Length).ToArray();
        var archived = archives.Values.Sum(a => (long)serializer.SerializeToArray(a).Length);
        using var aes = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);
        var nonce = new byte[12];
        var tag = new byte[16];

        // One change: an entry replaced, its shard serialized and sealed, as the storage does it.
        var times = new List<double>();
        for (var r = 0; r < Repetitions; r++)
        {
            var shard = shards[r % Shards];
            var key = shard.Cases.Keys.ElementAt(r * 7 % shard.Cases.Count);
            var clock = Stopwatch.StartNew();
            shard.Cases[key] = shard.Cases[key] with { UpdatedAt = DateTimeOffset.UtcNow };
            var plain = serializer.SerializeToArray(shard);
            var sealedBytes = new byte[plain.Length];
            RandomNumberGenerator.Fill(nonce);
            aes.Encrypt(nonce, plain, sealedBytes, tag);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Measured(sizes.Sum(), sizes.Max(), shards.Sum(s => s.Cases.Count), archived, archives.Values.Sum(a => a.Cases.Count), times[times.Count / 2]);
    }

    private readonly record struct Measured(long LiveBytes, long LargestShard, int LiveEntries, long ArchiveBytes, int ArchivedEntries, double WriteMs);

    private sealed class Simulated(int number, DateOnly openedOn)
    {
        public DateOnly? ClosedOn { get; set; }

        public bool Purged { get; set; }

        public List<CaseActivity> Activity { get; } = [];

        // What the case grain's summary holds; a purged case keeps its figures, not its name index.
        public CaseSummary Summary(string id) => new(
            id, $"{openedOn.Year}-{number:D5}", ClosedOn is null ? CaseStatus.Active : CaseStatus.Closed, Purged ? null : $"worker-{number % 40}",
            openedOn, ClosedOn, ClosedOn is null ? null : ClosureReason.Work, AgeBand.From20To29, Gender.Unknown, number % 7 == 0,
            Purged ? [] : [.. Enumerable.Range(0, 4).Select(n => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes((number * 4) + n))))], [.. Activity], DateTimeOffset.UtcNow, false,
            Activity.Count == 0 ? null : ClosedOn ?? openedOn);
    }
}
