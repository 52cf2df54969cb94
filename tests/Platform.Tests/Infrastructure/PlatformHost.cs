using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// The real platform (silo + Kestrel, as <c>Program</c> composes it) started in-process on free
/// loopback ports against a real PostgreSQL database, with an HTTP client pointed at it.
/// </summary>
public sealed class PlatformHost : IAsyncDisposable
{
    private PlatformHost(WebApplication app, string dataDirectory, Uri address, GrainCallCounter grainCalls)
    {
        App = app;
        GrainCalls = grainCalls;
        DataDirectory = dataDirectory;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The running app.</summary>
    public WebApplication App { get; }

    /// <summary>The data folder (development signing key).</summary>
    public string DataDirectory { get; }

    /// <summary>A client for the app's HTTP endpoint.</summary>
    public HttpClient Http { get; }

    /// <summary>The grain calls made outside grains (by requests and tests), by grain interface.</summary>
    public GrainCallCounter GrainCalls { get; }

    /// <summary>The silo's grain factory.</summary>
    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts the platform against <paramref name="connectionString"/>, or in memory when it is null.</summary>
    /// <param name="connectionString">The database as its owner (<c>ConnectionStrings:PlatformMigrations</c>; the silo runs as
    /// <see cref="TestPostgres.RuntimeConnectionStringAsync"/>), or null for an in-memory run.</param>
    /// <param name="dataDirectory">The data folder; a new temporary one when null.</param>
    /// <param name="extraSettings">Settings on top of the test defaults (for example <c>Cluster:Membership</c>).</param>
    /// <param name="logging">Extra log providers, for tests that read what the platform logs.</param>
    /// <param name="clock">The platform's clock (see <see cref="ShiftedClock"/>); the system's when null.</param>
    /// <param name="environment">The host environment (<c>Production</c> for tests of what production refuses).</param>
    public static async Task<PlatformHost> StartAsync(string? connectionString, string? dataDirectory = null, IReadOnlyDictionary<string, string?>? extraSettings = null, ILoggerProvider? logging = null, Platform.Tenants.Common.PlatformClock? clock = null, string environment = "Development")
    {
        var data = dataDirectory ?? TestPostgres.CreateTemporaryFolder();
        var settings = new Dictionary<string, string?>
        {
            ["Platform:DataDirectory"] = data,
            ["Platform:InMemory"] = connectionString is null ? "true" : "false",
            ["Platform:SiloPort"] = LoopbackPort.Free().ToString(),
            ["Platform:GatewayPort"] = LoopbackPort.Free().ToString(),
            // As production runs: the given (superuser) login owns the schema, the silo runs as one that owns nothing.
            ["ConnectionStrings:PlatformMigrations"] = connectionString ?? "",
            ["ConnectionStrings:Platform"] = connectionString is null ? "" : await TestPostgres.RuntimeConnectionStringAsync(connectionString),
            ["Identity:DevelopmentTokens"] = "true",

            // The test PostgreSQL runs without fsync (LocalPostgresDurability.Throwaway).
            ["Storage:AllowUnsafeDurability"] = "true",
            // The schema approval test reads the served SDL, and the tests' many callers share one
            // loopback address; tests/Platform.Tests/Http covers both settings' defaults.
            ["GraphQL:EnableIntrospection"] = "true",
            ["GraphQL:RateLimit:Enabled"] = "false",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var grainCalls = new GrainCallCounter();
        var app = PlatformApp.Build(["--environment", environment], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<IOutgoingGrainCallFilter>(grainCalls);
            if (clock is not null)
            {
                builder.Services.AddSingleton(clock);
            }

            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(logging is null ? LogLevel.Warning : LogLevel.Trace);
            if (logging is not null)
            {
                builder.Logging.AddProvider(logging);

                if (logging is IEveryLevelLoggerProvider)
                {
                    // A rule for this provider outranks the categories' levels in appsettings.json: it sees every level.
                    builder.Services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(logging.GetType().FullName, null, LogLevel.Trace, null)));
                }
            }
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PlatformHost(app, data, new Uri(address), grainCalls);
    }

    /// <summary>Calls grains directly as <paramref name="caller"/>, sealed as the API would seal it.</summary>
    public async Task<T> As<T>(Platform.Tenants.Common.Caller caller, Func<Task<T>> call)
    {
        Platform.Tenants.Access.CallerContext.Set(App.Services.GetRequiredService<Platform.Tenants.Access.CallerSigner>().Seal(caller));
        try
        {
            return await call();
        }
        finally
        {
            Platform.Tenants.Access.CallerContext.Set(null);
        }
    }

    /// <summary>A development token for <paramref name="tenant"/> with <paramref name="roles"/>.</summary>
    public string Token(string tenant, params string[] roles) =>
        DevelopmentTokens.Mint(DataDirectory, tenant, roles, $"test-{tenant}-{string.Join('-', roles)}", TimeSpan.FromHours(1));

    /// <summary>Posts a GraphQL request and returns the status and parsed body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        // As Apollo Client and graphql-request ask: request errors then come with their 4xx status.
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty response."));
    }

    /// <summary>Runs a query that must succeed without errors and returns its <c>data</c>.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null, string? token = null)
    {
        var (status, body) = await PostAsync(query, variables, token);
        if (status != HttpStatusCode.OK || body["errors"] is not null)
        {
            throw new Xunit.Sdk.XunitException($"GraphQL request failed ({(int)status}): {body.ToJsonString()}");
        }

        return body["data"]!;
    }

    /// <summary>Stops the platform (and with it nothing else: the database belongs to the test).</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>A log provider that must see every level, whatever appsettings.json sets (the canary tests' recorder).</summary>
public interface IEveryLevelLoggerProvider : ILoggerProvider
{
}
