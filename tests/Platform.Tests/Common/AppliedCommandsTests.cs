namespace Platform.Tests.Common;

/// <summary>
/// The commands a grain remembers, looked up by key: the latest id of a key, the oldest
/// forgotten past the capacity, nothing after a clear, and the same answers from a copy whose
/// entries were set whole (as the serializer sets them when the state is read).
/// </summary>
public sealed class AppliedCommandsTests
{
    [Fact]
    public void ALookup_AnswersTheLatestIdOfAKey_ForgetsTheOldestPastCapacity_AndNothingAfterAClear()
    {
        var applied = new AppliedCommands();
        Assert.False(applied.TryGet("k0", out _));
        for (var i = 0; i < AppliedCommands.Capacity + 10; i++)
        {
            applied.Remember($"k{i}", $"id{i}");
        }

        applied.Remember("k20", "again");
        Assert.False(applied.TryGet("k9", out _));
        Assert.True(applied.TryGet("k10", out var oldest));
        Assert.Equal("id10", oldest);
        Assert.True(applied.TryGet("k20", out var latest));
        Assert.Equal("again", latest);
        Assert.Equal(AppliedCommands.Capacity, applied.Entries.Count);
        Assert.Equal("k20", applied.Entries[^1].Key);

        // Past capacity again after the index was built: the oldest leaves the lookup too.
        applied.Remember("k-new", "id-new");
        Assert.False(applied.TryGet("k10", out _));
        Assert.True(applied.TryGet("k-new", out _));

        var read = new AppliedCommands { Entries = [.. applied.Entries] };
        Assert.True(read.TryGet("k20", out var copied));
        Assert.Equal("again", copied);
        Assert.False(read.TryGet("k10", out _));

        applied.Clear();
        Assert.False(applied.TryGet("k20", out _));
        Assert.Empty(applied.Entries);
        Assert.False(applied.TryGet(null, out _));
    }
}
