namespace Platform.Tests.Audit;

/// <summary>
/// The canonical text of audit entries: unambiguous, versioned, and keyed for new entries.
/// </summary>
public sealed class AuditCanonicalTextTests
{
    [Fact]
    public void CanonicalText_OfAKeyedEntry_NamesItsVersion()
    {
        var record = AuditSamples.CaseRead("132292");

        Assert.StartsWith("platform.audit.v2\n", AuditCanonicalText.Of(record, 1, record.At, AuditCanonicalText.KeyedVersion), StringComparison.Ordinal);
    }

    [Fact]
    public void EntryMac_DependsOnTheKey()
    {
        var record = AuditSamples.CaseRead("132292");
        var text = AuditCanonicalText.Of(record, 1, record.At, AuditCanonicalText.KeyedVersion);

        Assert.NotEqual(AuditChainKey.Ephemeral().EntryMac(AuditCanonicalText.GenesisHash, text), AuditChainKey.Ephemeral().EntryMac(AuditCanonicalText.GenesisHash, text));
    }

    [Fact]
    public void CanonicalText_DistinguishesAMissingPurposeFromAnEmptyOne()
    {
        var record = AuditSamples.CaseRead("132292");

        Assert.NotEqual(
            AuditCanonicalText.Of(record with { Purpose = null }, 1, record.At),
            AuditCanonicalText.Of(record with { Purpose = "" }, 1, record.At));
    }

    [Fact]
    public void CanonicalText_IsTheDocumentedFormat()
    {
        var record = new AuditRecord("s", "132292", "130001", "PrefecturalOfficer", "case.read", "case", "c:1", null,
            AuditOutcome.Denied, new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(9)));

        var text = AuditCanonicalText.Of(record, 12, new DateTimeOffset(2025, 4, 1, 0, 0, 1, TimeSpan.Zero).AddTicks(5));

        Assert.Equal(
            "platform.audit.v1\n6:132292\n2:12\n27:2025-04-01T00:00:01.000000Z\n27:2025-04-01T00:00:00.000000Z\n1:s\n6:130001\n"
            + "18:PrefecturalOfficer\n9:case.read\n4:case\n3:c:1\n-\n6:Denied",
            text);
        Assert.Equal(64, AuditCanonicalText.Hash(AuditCanonicalText.GenesisHash, text).Length);
    }
}
