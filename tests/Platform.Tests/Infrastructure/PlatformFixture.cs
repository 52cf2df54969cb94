namespace Platform.Tests.Infrastructure;

/// <summary>
/// One platform per test collection, durable on its own database of the shared test
/// PostgreSQL server. Tests that change data use fiscal years or codes of their own.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private PlatformHost? _host;

    /// <summary>The running platform.</summary>
    public PlatformHost Host => _host ?? throw new InvalidOperationException("The platform has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var postgres = await TestPostgres.Shared;
        _host = await PlatformHost.StartAsync(await postgres.CreateDatabaseAsync("platform"));
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
