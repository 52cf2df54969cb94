namespace Platform.Tests.Audit;

/// <summary>
/// The database refuses changes to the audit log: to the login the platform writes audit as
/// (a member of <c>platform_app</c>, provisioned by <see cref="AuditWriterLogin"/> exactly as a
/// local run does), and, through the trigger, even to the owner.
/// </summary>
public sealed class AuditPermissionTests : IAsyncLifetime
{
    private string database = string.Empty;
    private string writer = string.Empty;
    private string passwordFolder = string.Empty;
    private readonly string tenant = AuditSamples.NewTenant();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        database = await AuditDatabase.CreateAsync();
        passwordFolder = TestPostgres.CreateTemporaryFolder();

        // Roles belong to the whole (shared) server: a name of its own per test.
        writer = await AuditWriterLogin.EnsureAsync(
            database, $"audit_writer_{Guid.NewGuid():N}", Path.Combine(passwordFolder, AuditWriterLogin.PasswordFileName), CancellationToken.None);
        await using var log = new PostgresAuditLog(writer, AuditDatabase.Key);
        await log.AppendAsync(AuditSamples.CaseRead(tenant));
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(passwordFolder, recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("UPDATE audit_log SET object_id = 'case-2'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    [InlineData("INSERT INTO audit_log SELECT * FROM audit_log")]
    [InlineData("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")]
    public async Task AppRole_ChangingTheAuditLog_IsRefusedByThePrivilegeSystem(string sql)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => AuditDatabase.ExecuteAsync(writer, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Matches("permission denied|must be owner", refused.MessageText);
        Assert.Equal(1L, await AuditDatabase.ScalarAsync(database, "SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task AppRole_AppendsReadsAndVerifies_ThroughTheLog()
    {
        await using var log = new PostgresAuditLog(writer, AuditDatabase.Key);

        await log.AppendAsync(AuditSamples.CaseRead(tenant, "case-2"));

        Assert.Equal(2, (await log.ReadAsync(tenant, null, 10, CancellationToken.None)).Entries.Length);
        Assert.Equal(new AuditVerification(1, 2, null, 0), await log.VerifyAsync(null, CancellationToken.None));
        Assert.Equal(false, await AuditDatabase.ScalarAsync(writer, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET object_id = 'case-2'")]
    [InlineData("UPDATE audit_log SET object_id = 'case-2' WHERE false")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    public async Task Owner_ChangingTheAuditLog_IsRefusedByTheTrigger(string sql)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => AuditDatabase.ExecuteAsync(database, sql));

        Assert.StartsWith("audit_log is append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, await AuditDatabase.ScalarAsync(database, "SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task OtherLogins_MayNeitherAppendNorRead()
    {
        // A login outside platform_app holds only what PUBLIC holds: the schema revokes the
        // function's default EXECUTE from PUBLIC and grants nothing on the table.
        var name = $"audit_stranger_{Guid.NewGuid():N}";
        await AuditDatabase.ExecuteAsync(database, $"CREATE ROLE {name} LOGIN PASSWORD 'stranger'");
        var stranger = new NpgsqlConnectionStringBuilder(database) { Username = name, Password = "stranger" }.ConnectionString;
        await using var log = new PostgresAuditLog(stranger, AuditDatabase.Key);

        var append = await Assert.ThrowsAsync<PostgresException>(() => log.AppendAsync(AuditSamples.CaseRead(tenant)));
        var read = await Assert.ThrowsAsync<PostgresException>(() => log.ReadAsync(tenant, null, 10, CancellationToken.None));

        Assert.Equal((PostgresErrorCodes.InsufficientPrivilege, PostgresErrorCodes.InsufficientPrivilege), (append.SqlState, read.SqlState));
    }

    [Fact]
    public async Task WriterLogin_WhenItsPasswordWasChanged_IsProvisionedAgain()
    {
        var name = $"audit_writer_{Guid.NewGuid():N}";
        var passwordFile = Path.Combine(passwordFolder, "rotated");
        await AuditWriterLogin.EnsureAsync(database, name, passwordFile, CancellationToken.None);
        await AuditDatabase.ExecuteAsync(database, $"ALTER ROLE {name} PASSWORD 'changed'; REVOKE platform_app FROM {name}");

        var again = await AuditWriterLogin.EnsureAsync(database, name, passwordFile, CancellationToken.None);

        Assert.Equal(true, await AuditDatabase.ScalarAsync(again, "SELECT pg_has_role('platform_app', 'MEMBER')"));
    }
}
