namespace Platform.Tests.Satellites;

/// <summary>The GraphQL calls the satellite tests share.</summary>
internal static class SatelliteApi
{
    public const string Fields = "id status establishedOn plannedTransitionOn transitionedOn closedOn isOverdue daysUntilTransition history { kind on reason plannedTransitionOn } transferredCases followUpCases";

    public static async Task<JsonNode> EstablishAsync(PlatformHost host, string token, string municipality, string establishedOn, string? planned = null, string? clientMutationId = null)
    {
        var data = await host.QueryAsync(
            $$"""
            mutation($m: String!, $e: Date!, $p: Date, $c: String) {
              establishSatellite(input: { municipalityCode: $m, establishedOn: $e, plannedTransitionOn: $p, clientMutationId: $c }) {
                satellite { {{Fields}} } errors { code field } } }
            """,
            new { m = municipality, e = establishedOn, p = planned, c = clientMutationId }, token);
        return data["establishSatellite"]!;
    }

    public static async Task<string> EstablishedIdAsync(PlatformHost host, string token, string municipality, string establishedOn, string? planned = null)
    {
        var payload = await EstablishAsync(host, token, municipality, establishedOn, planned);
        Assert.Empty(payload["errors"]!.AsArray());
        return (string)payload["satellite"]!["id"]!;
    }

    public static async Task<JsonNode> ChangeAsync(PlatformHost host, string token, string mutation, string id, string arguments)
    {
        var data = await host.QueryAsync(
            $$"""mutation($id: ID!) { {{mutation}}(input: { satelliteId: $id, {{arguments}} }) { satellite { {{Fields}} } errors { code field } } }""",
            new { id }, token);
        return data[mutation]!;
    }

    public static string ErrorCode(JsonNode payload) => (string)payload["errors"]![0]!["code"]!;

    public static string Date(DateOnly date) => CaseApi.Iso(date);

    public static DateOnly Today() => CaseApi.Today;
}
