using System.Net.Http.Json;

namespace Platform.Tests.Web;

/// <summary><c>POST /dev/token</c> and <c>GET /dev/config</c> on a platform that accepts development tokens.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DevelopmentSignInTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task PostToken_ForMunicipalityAndRole_GivesATokenTheApiAccepts()
    {
        var (status, body) = await PostAsync(new { tenant = "132292", roles = new[] { "Caseworker" }, name = "佐藤" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("dev-132292-佐藤", (string?)body["subject"]);
        var viewer = (await Host.QueryAsync("{ viewer { subject tenantCode roles } }", token: (string?)body["token"]))["viewer"]!;
        Assert.Equal("dev-132292-佐藤", (string?)viewer["subject"]);
        Assert.Equal("132292", (string?)viewer["tenantCode"]);
        Assert.Equal(["Caseworker"], viewer["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public async Task PostToken_ExpiresAtMostEightHoursFromNow()
    {
        var (status, body) = await PostAsync(new { tenant = "130001", roles = new[] { "PrefecturalOfficer" } });

        Assert.Equal(HttpStatusCode.OK, status);
        var expiresAt = DateTimeOffset.Parse((string)body["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromHours(7.9), TimeSpan.FromHours(8));
        Assert.Equal("dev-130001-PrefecturalOfficer", (string?)body["subject"]);
    }

    [Fact]
    public async Task PostToken_ForTheNation_GivesANationToken()
    {
        var (status, body) = await PostAsync(new { tenant = "nation", roles = new[] { "NationalAnalyst" } });

        Assert.Equal(HttpStatusCode.OK, status);
        var viewer = (await Host.QueryAsync("{ viewer { tenantCode } }", token: (string?)body["token"]))["viewer"]!;
        Assert.Equal("nation", (string?)viewer["tenantCode"]);
    }

    [Theory]
    [InlineData("999999")]  // six digits, not in the directory
    [InlineData("132293")]  // a real code with a wrong check digit
    [InlineData("")]
    [InlineData("Nation")]
    public async Task PostToken_ForATenantNotInTheDirectory_Is400UnknownTenant(string tenant)
    {
        var (status, body) = await PostAsync(new { tenant, roles = new[] { "Caseworker" } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UNKNOWN_TENANT", (string?)body["error"]!["code"]);
        Assert.Null(body["token"]);
    }

    [Theory]
    [InlineData("PlatformOperator")]
    [InlineData("caseworker")]
    [InlineData("Admin")]
    public async Task PostToken_WithARoleTheAppDoesNotKnow_Is400UnknownRole(string role)
    {
        var (status, body) = await PostAsync(new { tenant = "132292", roles = new[] { "Caseworker", role } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UNKNOWN_ROLE", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task PostToken_WithoutRoles_Is400RoleRequired()
    {
        var (status, body) = await PostAsync(new { tenant = "132292", roles = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ROLE_REQUIRED", (string?)body["error"]!["code"]);
    }

    [Theory]
    [InlineData("{\"tenant\":\"132292\",\"roles\":\"Caseworker\"}")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("")]
    public async Task PostToken_WithABodyThatIsNotTheRequest_Is400MalformedRequest(string json)
    {
        var (status, body) = await PostRawAsync(new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("MALFORMED_REQUEST", (string?)body["error"]!["code"]);
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("12345678901234567890123456789012345678901")]
    public async Task PostToken_WithANameThatIsNotOneShortLine_Is400InvalidName(string name)
    {
        var (status, body) = await PostAsync(new { tenant = "132292", roles = new[] { "Caseworker" }, name });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_NAME", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task GetConfig_WhereDevelopmentTokensAreOn_OffersDevelopmentSignInAndNoEntra()
    {
        var body = JsonNode.Parse(await Host.Http.GetStringAsync(DevelopmentSignInEndpoints.ConfigPath))!;

        Assert.True((bool)body["developmentSignIn"]!);
        Assert.Equal("", (string?)body["entra"]!["clientId"]);
        Assert.Empty(body["entra"]!["scopes"]!.AsArray());
    }

    private Task<(HttpStatusCode, JsonNode)> PostAsync(object request) => PostRawAsync(JsonContent.Create(request));

    private async Task<(HttpStatusCode, JsonNode)> PostRawAsync(HttpContent content)
    {
        using var response = await Host.Http.PostAsync(DevelopmentSignInEndpoints.TokenPath, content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
