namespace Platform.Tests.Audit;

/// <summary>Which audit log <c>AddPlatformAudit</c> registers for each kind of run.</summary>
public sealed class AuditRegistrationTests
{
    [Fact]
    public void AddPlatformAudit_ForAnInMemoryRun_RegistersTheInMemoryLog()
    {
        using var provider = Build(new ServiceCollection().AddSingleton(new PlatformConnection(null)));

        Assert.IsType<InMemoryAuditLog>(provider.GetRequiredService<IAuditLog>());
    }

    [Fact]
    public async Task AddPlatformAudit_WithADatabase_RegistersThePostgresLogOnIt()
    {
        var database = await AuditDatabase.CreateAsync();
        var services = new ServiceCollection().AddSingleton(new PlatformConnection(database));
        await using var provider = await StartAsync(services);
        var tenant = AuditSamples.NewTenant();

        await provider.GetRequiredService<IAuditLog>().AppendAsync(AuditSamples.CaseRead(tenant));

        Assert.IsType<PostgresAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.Equal(1L, await AuditDatabase.ScalarAsync(database, $"SELECT count(*) FROM audit_log WHERE tenant_code = '{tenant}'"));
    }

    [Fact]
    public async Task AddPlatformAudit_OnTheLocalServer_WritesAsTheAuditWriterLogin()
    {
        // The shared test server is a LocalPostgres, as a local run's is.
        var postgres = await TestPostgres.Shared;
        var database = await AuditDatabase.CreateAsync();
        var services = new ServiceCollection().AddSingleton(new PlatformConnection(database, postgres.Server));
        await using var provider = await StartAsync(services);
        var tenant = AuditSamples.NewTenant();

        await provider.GetRequiredService<IAuditLog>().AppendAsync(AuditSamples.CaseRead(tenant));

        Assert.True(File.Exists(Path.Combine(postgres.Server.DataDirectory, AuditWriterLogin.PasswordFileName)));
        Assert.Equal(true, await AuditDatabase.ScalarAsync(database,
            $"SELECT pg_has_role('{AuditWriterLogin.LocalRoleName}', 'platform_app', 'MEMBER') AND NOT rolsuper FROM pg_roles WHERE rolname = '{AuditWriterLogin.LocalRoleName}'"));
    }

    private static ServiceProvider Build(IServiceCollection services)
    {
        // A master key in the settings, so no key file is created in the test's working folder.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            [KeyValuePair.Create<string, string?>(KeyEncryptionKey.KeySetting, Convert.ToBase64String(new byte[KeyEncryptionKey.Size]))]).Build();
        services.AddLogging();
        services.AddPlatformAudit(configuration);
        return services.BuildServiceProvider();
    }

    // What the host does as it starts: the audit writer's login is chosen before anything writes.
    private static async Task<ServiceProvider> StartAsync(IServiceCollection services)
    {
        var provider = Build(services);
        await provider.GetRequiredService<AuditWriterConnection>().StartingAsync(CancellationToken.None);
        return provider;
    }
}
