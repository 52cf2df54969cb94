namespace Platform.Tests.Cluster;

/// <summary>Our reminder schema and queries, driven through Orleans' own ADO.NET reminder table.</summary>
public sealed class ReminderTableTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private IReminderTable Table => fixture.Host.App.Services.GetRequiredService<IReminderTable>();

    [Fact]
    public async Task Upsert_ThenRead_ReturnsTheReminderAsWritten()
    {
        var grain = GrainId.Create("reminder-test", Guid.NewGuid().ToString("N"));
        var start = new DateTime(2031, 4, 1, 9, 30, 15, 250, DateTimeKind.Utc);
        var etag = await Table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "monthly-report", StartAt = start, Period = TimeSpan.FromDays(30) });

        var row = await Table.ReadRow(grain, "monthly-report");
        Assert.NotNull(row);
        Assert.Equal(start, row.StartAt);
        Assert.Equal(TimeSpan.FromDays(30), row.Period);
        Assert.Equal(etag, row.ETag);
        Assert.Single((await Table.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task Remove_WithAStaleETag_FailsAndWithTheCurrentOneSucceeds()
    {
        var grain = GrainId.Create("reminder-test", Guid.NewGuid().ToString("N"));
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(5) };
        var first = await Table.UpsertRow(entry);
        var second = await Table.UpsertRow(entry);
        Assert.NotEqual(first, second);

        Assert.False(await Table.RemoveRow(grain, "r", first!));
        Assert.True(await Table.RemoveRow(grain, "r", second!));
        Assert.Null(await Table.ReadRow(grain, "r"));
    }

    [Fact]
    public async Task ReadRange_FindsAReminderInItsHashRange_IncludingTheWrappedRange()
    {
        var grain = GrainId.Create("reminder-test", Guid.NewGuid().ToString("N"));
        await Table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) });
        var hash = grain.GetUniformHashCode();

        Assert.Contains(await RangeAsync(hash - 1, hash), e => e.GrainId == grain);
        Assert.DoesNotContain(await RangeAsync(hash, hash + 1), e => e.GrainId == grain);

        // A range that wraps around the ring: (end of ring ... start of ring].
        Assert.Contains(await RangeAsync(hash + 1, hash), e => e.GrainId == grain);
    }

    private async Task<IList<ReminderEntry>> RangeAsync(uint begin, uint end) => (await Table.ReadRows(begin, end)).Reminders;
}
