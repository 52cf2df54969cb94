namespace Platform.Tests.Activities;

/// <summary>A tenant's caller of the activity mutations over HTTP.</summary>
public sealed class ActivityApi(PlatformHost host, string tenant, string role = "TenantAdmin")
{
    /// <summary>The caller's token.</summary>
    public string Token { get; } = host.Token(tenant, role);

    /// <summary>Records an activity and returns the payload.</summary>
    public async Task<JsonNode> RecordAsync(object input) =>
        (await host.QueryAsync("mutation($i: RecordActivityInput!) { recordActivity(input: $i) { activity { id kind participants } errors { code field } } }", new { i = input }, Token))["recordActivity"]!;

    /// <summary>Registers a place and returns its id.</summary>
    public async Task<string> PlaceAsync(string name, bool isPublic) =>
        (string)(await host.QueryAsync("mutation($i: RegisterPlaceOfBelongingInput!) { registerPlaceOfBelonging(input: $i) { placeOfBelonging { id } errors { code } } }",
            new { i = new { name, isPublic } }, Token))["registerPlaceOfBelonging"]!["placeOfBelonging"]!["id"]!;

    /// <summary>The error codes of a payload.</summary>
    public static string[] Codes(JsonNode payload) => [.. payload["errors"]!.AsArray().Select(e => (string)e!["code"]!)];
}
