using Npgsql;
using NpgsqlTypes;
using Platform.Silo.Audit;
using Platform.Tenants.Audit;

namespace Platform.Tests.Audit;

/// <summary>
/// The canonical text and hash computed in C# (to verify) agree byte for byte with the ones
/// PostgreSQL computes (to append), for values chosen to trip a naive encoding.
/// </summary>
public sealed class AuditCanonicalTextTests
{
    public static TheoryData<string, string?> AwkwardValues() => new()
    {
        { "case-1", null },
        { "case-1", "" },
        { "ケース:1\nsubject", "相談の引継ぎ 🙂" },
        { "a\\b|c\r\n-", "-" },
        { "12:case", "3:abc" },
    };

    [Theory]
    [MemberData(nameof(AwkwardValues))]
    public async Task CanonicalText_InCSharp_EqualsTheDatabaseFunction(string objectId, string? purpose)
    {
        var database = await AuditDatabase.CreateAsync();
        var record = AuditRecordRules.Normalize(AuditSamples.CaseRead("132292", objectId) with { Purpose = purpose });
        var recordedAt = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9990);

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT audit_canonical_text($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)", connection);
        foreach (var value in new object?[]
        {
            record.TenantCode, 7L, recordedAt, record.At, record.Subject, record.ActorTenantCode, record.Roles,
            record.Action, record.ObjectType, record.ObjectId, record.Purpose, record.Outcome.ToString(),
        })
        {
            command.Parameters.Add(value is DateTimeOffset
                ? new NpgsqlParameter { Value = value, NpgsqlDbType = NpgsqlDbType.TimestampTz }
                : new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = value is long ? NpgsqlDbType.Bigint : NpgsqlDbType.Text });
        }

        Assert.Equal(AuditCanonicalText.Of(record, 7, recordedAt), (string?)await command.ExecuteScalarAsync());
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
