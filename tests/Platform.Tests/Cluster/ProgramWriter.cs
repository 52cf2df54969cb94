using System.Net.Http.Headers;

namespace Platform.Tests.Cluster;

/// <summary>
/// Designates programs (and records case contacts) through the GraphQL API of whichever silo it is pointed at, the way an
/// integrator would: one operation id (<c>clientMutationId</c>) per write, retried as needed.
/// </summary>
public sealed class ProgramWriter : IDisposable
{
    private const string Mutation = """
        mutation($input: DesignateProgramInput!) {
          designateProgram(input: $input) { program { operator { name } } errors { code } }
        }
        """;

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>Why attempts were not acknowledged, for the test's report.</summary>
    public ConcurrentQueue<string> Failures { get; } = new();

    /// <summary>
    /// Sends one attempt of operation <paramref name="operationId"/> as the caller of
    /// <paramref name="token"/>: a support project of
    /// <paramref name="municipality"/> for <paramref name="fiscalYear"/>, run by a contractor named
    /// <paramref name="operatorName"/>. Returns the operator name in the acknowledged reply, or
    /// null when the attempt was not acknowledged (any error, any failure to answer).
    /// </summary>
    public async Task<string?> DesignateAsync(Uri silo, string token, string operationId, string municipality, int fiscalYear, string operatorName)
    {
        var input = new
        {
            clientMutationId = operationId,
            municipalityCode = municipality,
            fiscalYear,
            tier = "SUPPORT_PROJECT",
            functions = new[] { "CONSULTATION" },
            @operator = new { kind = "COMMISSIONED", name = operatorName },
        };
        try
        {
            var body = await PostAsync(silo, Mutation, new { input }, token);
            var name = body?["data"]?["designateProgram"]?["program"]?["operator"]?["name"]?.GetValue<string>();
            if (name is null)
            {
                Failures.Enqueue(body?.ToJsonString() ?? "(no 200 answer)");
            }

            return name;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            Failures.Enqueue(ex.GetType().Name + ": " + ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Sends one attempt of operation <paramref name="operationId"/>: a phone contact with the
    /// family on case <paramref name="caseId"/>, with <paramref name="notes"/>. True when the
    /// attempt was acknowledged (the case came back without errors).
    /// </summary>
    public async Task<bool> RecordContactAsync(Uri silo, string token, string operationId, string caseId, string notes)
    {
        const string mutation = """
            mutation($input: RecordContactInput!) { recordContact(input: $input) { case { id } errors { code } } }
            """;
        var input = new { clientMutationId = operationId, caseId, at = $"{FiscalYear.StartOf(FiscalYear.Of(JapanDate.Today(TimeProvider.System)) - 1):yyyy-MM-dd}T10:00:00+09:00", channel = "PHONE", with = "FAMILY", notes };
        try
        {
            var body = await PostAsync(silo, mutation, new { input }, token);
            if (body?["data"]?["recordContact"]?["case"] is null)
            {
                Failures.Enqueue(body?.ToJsonString() ?? "(no 200 answer)");
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            Failures.Enqueue(ex.GetType().Name + ": " + ex.Message);
            return false;
        }
    }

    /// <summary>Posts a GraphQL request; returns the parsed body, or null for a non-200 answer.</summary>
    public async Task<JsonNode?> PostAsync(Uri silo, string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(silo, "graphql"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            Failures.Enqueue($"HTTP {(int)response.StatusCode}: {text}");
            return null;
        }

        return JsonNode.Parse(text);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
