using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Platform.GraphQL.Http;
using Platform.GraphQL.Statistics;

namespace Platform.Tests.Http;

/// <summary>
/// A minimal ASP.NET Core app on Kestrel (a real socket on 127.0.0.1) serving the test schema
/// through the platform's GraphQL endpoint. Shared by the tests of the <c>GraphQL HTTP</c> collection.
/// </summary>
public sealed class GraphQLHttpHost : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The body limit the host is configured with (small, so tests can exceed it cheaply).</summary>
    public const int MaxRequestBytes = 4096;

    private const string TestSubjectHeader = "X-Test-Subject";

    private WebApplication? _app;

    /// <summary>A client whose base address is the running app.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Everything the app logged at warning level or above.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>
    /// The settings the shared host runs with, beside <see cref="MaxRequestBytes"/>: the pages
    /// on (the environment is not Development) and no rate limit (every test calls from one address).
    /// </summary>
    public static IReadOnlyDictionary<string, string?> DefaultSettings { get; } = new Dictionary<string, string?>
    {
        ["GraphQL:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GraphQL:EnableIntrospection"] = "true",
        ["GraphQL:RateLimit:Enabled"] = "false",
    };

    /// <summary>The settings of this host; tests that need other limits start their own with <see cref="StartAsync"/>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = DefaultSettings;

    /// <summary>The GraphQL console the web build wrote (<c>web/dist/graphiql</c>), served at <c>/graphql/ui</c>.</summary>
    public static string ConsoleRoot { get; } = Path.Combine(
        new Platform.Silo.Web.WebAppOptions().RootPath(AppContext.BaseDirectory), Platform.Silo.Web.WebAppHostingExtensions.ConsoleFolder);

    /// <summary>The host's environment name.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Counts the resolvers that ran, so tests can show a request was refused before execution.</summary>
    public ResolverCounter Resolvers { get; } = new();

    /// <summary>Starts a host of its own with <paramref name="settings"/> in <paramref name="environmentName"/>; the caller disposes it.</summary>
    public static async Task<GraphQLHttpHost> StartAsync(IReadOnlyDictionary<string, string?> settings, string environmentName = "Testing")
    {
        var host = new GraphQLHttpHost { Settings = settings, EnvironmentName = environmentName };
        await host.InitializeAsync();
        return host;
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = EnvironmentName });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([new("GraphQL:ConsoleRoot", ConsoleRoot)]);
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.ClearProviders().AddProvider(Logs);
        builder.Services.AddSingleton(Resolvers);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<HttpTestSchema.ItemType>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<HttpTestSchema>()
            .AddSystemTextJson()
            .AddValidationRule<ForbiddenFieldRule.Classified>());
        builder.Services.AddSingleton<IValidationRule, ForbiddenFieldRule.Secret>();
        builder.Services.AddSingleton<IValidationRule, DeniedSubjectRule>();
        builder.Services.AddSingleton<IValidationRule, SlowValidationRule>();
        builder.Services.AddPlatformGraphQLHttp(builder.Configuration);

        _app = builder.Build();
        _app.UsePlatformForwardedHeaders();
        _app.UsePlatformCors();
        // Stands in for bearer authentication: the caller is whoever this header names.
        _app.Use((context, next) =>
        {
            if (context.Request.Headers[TestSubjectHeader] is [{ } subject])
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", subject)], "Test"));
            return next(context);
        });
        _app.MapPlatformGraphQL();
        // Only their refusals (rate limit, bad fiscalYear) run here: there are no grains.
        _app.MapPlatformStatisticsCsv();
        await _app.StartAsync();

        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        Client = new HttpClient { BaseAddress = new Uri(addresses.Addresses.Single()) };
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <inheritdoc/>
    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>POSTs a GraphQL request (<c>{ query, variables, operationName }</c>) to <c>/graphql</c>.</summary>
    public Task<HttpResponseMessage> PostQueryAsync(string query, object? variables = null, string? operationName = null, string? accept = null) =>
        PostAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept: accept);

    /// <summary>POSTs any JSON-serializable request body (for example one with <c>documentId</c>) to <c>/graphql</c>.</summary>
    public Task<HttpResponseMessage> PostJsonAsync(object body, string? subject = null, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (subject is not null)
            request.Headers.Add(TestSubjectHeader, subject);
        AddAccept(request, accept);
        return Client.SendAsync(request);
    }

    /// <summary>POSTs a raw body to <c>/graphql</c>.</summary>
    public Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        AddAccept(request, accept);
        return Client.SendAsync(request);
    }

    /// <summary>What Apollo Client and graphql-request send: the GraphQL response type first.</summary>
    public const string ModernAccept = "application/graphql-response+json, application/json;q=0.9";

    /// <summary>Sets <c>Accept</c>: <see cref="ModernAccept"/> when <paramref name="accept"/> is null, none when it is empty.</summary>
    private static void AddAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not "")
            request.Headers.Accept.ParseAdd(accept ?? ModernAccept);
    }

    /// <summary>GETs <c>/graphql</c> with the given query string parameters.</summary>
    public Task<HttpResponseMessage> GetQueryAsync(string query, string? operationName = null, string? variables = null)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (operationName is not null)
            parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        if (variables is not null)
            parameters.Add("variables=" + Uri.EscapeDataString(variables));
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + string.Join('&', parameters));
        AddAccept(request, null);
        return Client.SendAsync(request);
    }

    /// <summary>The header that makes the test host treat a request as authenticated by the subject it names.</summary>
    public static string SubjectHeader => TestSubjectHeader;

    /// <summary>Reads a response body as JSON.</summary>
    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The <c>extensions.code</c> of every error in a GraphQL response.</summary>
    public static IReadOnlyList<string?> ErrorCodesOf(JsonElement body) =>
        body.GetProperty("errors").EnumerateArray()
            .Select(error => error.GetProperty("extensions").GetProperty("code").GetString())
            .ToList();

    /// <summary>The <c>extensions.code</c> of the only error in a GraphQL response.</summary>
    public static async Task<string?> SingleErrorCodeAsync(HttpResponseMessage response) =>
        Assert.Single(ErrorCodesOf(await ReadJsonAsync(response)));

    /// <summary>The media type of a response, without parameters.</summary>
    public static string? MediaTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
