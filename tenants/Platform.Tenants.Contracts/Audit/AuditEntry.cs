namespace Platform.Tenants.Audit;

/// <summary>An <see cref="AuditRecord"/> as stored: its place in its tenant's hash chain.</summary>
/// <param name="Record">The record, with <see cref="AuditRecord.At"/> in UTC, microsecond precision.</param>
/// <param name="Sequence">Position in the tenant's chain: 1, 2, 3, ... without gaps.</param>
/// <param name="Hash">Lower-case hex MAC (chain version 2: HMAC-SHA256 under a key outside the database; version 1: SHA-256)
/// over <paramref name="PreviousHash"/> and the entry's canonical text.</param>
/// <param name="PreviousHash">The previous entry's <paramref name="Hash"/>; 64 zeros for sequence 1.</param>
/// <param name="RecordedAt">When the log stored it (the log's clock, not the caller's); part of the hash.</param>
/// <param name="ChainVersion">How <paramref name="Hash"/> is computed: 1 unkeyed (entries written before chains were keyed), 2 keyed.</param>
[GenerateSerializer, Immutable, Alias("platform.audit-entry.v1")]
public sealed record AuditEntry(
    [property: Id(0)] AuditRecord Record,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string Hash,
    [property: Id(3)] string PreviousHash,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] int ChainVersion = 1);
