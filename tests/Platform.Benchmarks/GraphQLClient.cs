using System.Net.Http.Json;

namespace Platform.Benchmarks;

/// <summary>Posts GraphQL documents to the silo, optionally with a bearer token, and insists on clean answers.</summary>
/// <param name="http">The shared client.</param>
/// <param name="graphql">The silo's <c>/graphql</c> address.</param>
/// <param name="token">A bearer token, or <see langword="null"/> for anonymous calls.</param>
internal sealed class GraphQLClient(HttpClient http, Uri graphql, string? token = null)
{
    /// <summary>
    /// Sends <paramref name="query"/> with <paramref name="variables"/> and returns <c>data</c>.
    /// A status other than 200 or any <c>errors</c> entry fails with the body in the message.
    /// </summary>
    public async Task<JsonElement> PostAsync(string query, object variables, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, graphql)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GraphQL answered {(int)response.StatusCode}: {LoadRunner.Truncate(body)}");
        }

        using var document = JsonDocument.Parse(body);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"GraphQL returned errors: {LoadRunner.Truncate(errors.ToString())}");
        }

        return document.RootElement.GetProperty("data").Clone();
    }

    /// <summary>
    /// The payload of mutation <paramref name="field"/> in <paramref name="data"/>; a non-empty
    /// <c>errors</c> list (user errors) fails with the payload in the message.
    /// </summary>
    public static JsonElement Payload(JsonElement data, string field)
    {
        var payload = data.GetProperty(field);
        return payload.GetProperty("errors").GetArrayLength() == 0
            ? payload
            : throw new InvalidOperationException($"{field} refused: {LoadRunner.Truncate(payload.ToString())}");
    }
}
