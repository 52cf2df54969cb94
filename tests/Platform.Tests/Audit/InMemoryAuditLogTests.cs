namespace Platform.Tests.Audit;

/// <summary>The audit log of in-memory runs, held to the shared contract.</summary>
public sealed class InMemoryAuditLogTests : AuditLogContractTests
{
    /// <inheritdoc />
    protected override Task<IAuditLog> CreateLogAsync() => Task.FromResult<IAuditLog>(new InMemoryAuditLog());
}
