using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Platform.Tests.Storage;

/// <summary>
/// The silo runs as a login that owns nothing: what the owner of the schema could do to the
/// audit log (switch its trigger off, rewrite or delete entries, drop tables) it cannot.
/// </summary>
public sealed class RuntimeLoginTests
{
    // What an owner did in the attack, and what else would let the platform rewrite its history.
    private static readonly string[] Attacks =
    [
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
        "ALTER TABLE audit_log DISABLE TRIGGER ALL",
        "UPDATE audit_log SET subject = 'rewritten'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "INSERT INTO audit_log SELECT * FROM audit_log LIMIT 1",
        "UPDATE audit_chain_head SET last_sequence = 0",
        "DELETE FROM audit_chain_roster",
        "DELETE FROM tenant_data_keys",
        "DROP TABLE audit_log",
        "DROP TABLE grain_state",
        "ALTER TABLE grain_state ADD COLUMN spare text",
        "TRUNCATE grain_state",
    ];

    [Fact]
    public async Task ThePlatformsOwnLogin_CannotDisableTheAuditTrigger_RewriteTheAuditLog_OrDropTables()
    {
        var database = await (await TestPostgres.Shared).CreateDatabaseAsync("runtime_login");
        await using var host = await PlatformHost.StartAsync(database);
        await host.App.Services.GetRequiredService<IAuditLog>().AppendAsync(new AuditRecord(
            "s", "132292", "132292", "Caseworker", "case.read", "case", "c:1", null, AuditOutcome.Allowed, DateTimeOffset.UtcNow));
        var entries = await host.App.Services.GetRequiredService<IAuditLog>().CountAsync("132292", CancellationToken.None);
        var runtime = host.App.Services.GetRequiredService<PlatformConnection>().ConnectionString!;

        await using var connection = new NpgsqlConnection(runtime);
        await connection.OpenAsync();
        foreach (var attack in Attacks)
        {
            await using var command = new NpgsqlCommand(attack, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.True(error.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{attack}: {error.SqlState} {error.MessageText}");
        }

        Assert.True(entries > 0);
        Assert.Equal(entries, await host.App.Services.GetRequiredService<IAuditLog>().CountAsync("132292", CancellationToken.None));
    }

    [Fact]
    public async Task LocalServer_TheSiloRunsAsALoginThatOwnsNothing_AndProductionAcceptsIt()
    {
        var postgres = await TestPostgres.Shared;
        var settings = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create<string, string?>(StorageDurability.AllowUnsafeSetting, "true")]).Build();

        var runtime = await RuntimeLogin.PrepareAsync(settings, production: true, runtime: null, migrations: null, postgres.Server, NullLogger.Instance, CancellationToken.None);

        Assert.Equal(RuntimeLogin.LocalRoleName, new NpgsqlConnectionStringBuilder(runtime).Username);
        Assert.Null(await RuntimeLogin.FindOwnershipAsync(runtime, CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(postgres.Server.DataDirectory, RuntimeLogin.PasswordFileName)));
        Assert.NotNull(await RuntimeLogin.FindOwnershipAsync(postgres.Server.ConnectionString, CancellationToken.None));
    }

    [Fact]
    public async Task Production_AsTheSchemaOwner_RefusesToStart_SaysWhatToSet_UnlessAllowedOnPurpose()
    {
        var owner = await (await TestPostgres.Shared).CreateDatabaseAsync("owner_login");
        var settings = ProductionSettings();
        settings["ConnectionStrings:Platform"] = owner;

        var error = await Assert.ThrowsAsync<PrerequisiteMissingException>(() => OpenDatabaseAsync(settings));

        Assert.Contains("is a superuser", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__PlatformMigrations", error.Message, StringComparison.Ordinal);
        Assert.Contains(RuntimeLogin.AllowOwnerSetting + "=true", error.Message, StringComparison.Ordinal);

        settings[RuntimeLogin.AllowOwnerSetting] = "true";
        await OpenDatabaseAsync(settings);

        settings.Remove(RuntimeLogin.AllowOwnerSetting);
        settings["ConnectionStrings:PlatformMigrations"] = owner;
        settings["ConnectionStrings:Platform"] = await TestPostgres.RuntimeConnectionStringAsync(owner);
        await OpenDatabaseAsync(settings);
    }

    private static Dictionary<string, string?> ProductionSettings() => new()
    {
        ["Platform:DataDirectory"] = TestPostgres.CreateTemporaryFolder(),
        [IdentityHostingExtensions.PublicOnlySetting] = "true",
        [KeyEncryptionKey.KeySetting] = Convert.ToBase64String(new byte[32]),
        ["Identity:CallerContextKey"] = Convert.ToBase64String(new byte[32]),
        [StorageDurability.AllowUnsafeSetting] = "true",
    };

    // The real app's database step, as the host runs it first when it starts.
    private static async Task OpenDatabaseAsync(Dictionary<string, string?> settings)
    {
        await using var app = PlatformApp.Build(["--environment", "Production"], builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.Services.GetServices<IHostedService>().OfType<PlatformDatabaseStartup>().Single().StartingAsync(CancellationToken.None);
    }
}
