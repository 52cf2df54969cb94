using System.Net.Http.Json;

namespace Platform.Tests.Web;

/// <summary>Where development tokens are off, nobody can mint one: <c>/dev/token</c> does not exist.</summary>
public sealed class DevelopmentSignInProductionTests
{
    [Fact]
    public async Task Production_EvenWhenDevelopmentTokensAreSetOn_HasNoTokenEndpointAndSaysSoInConfig()
    {
        await using var host = await PlatformHost.StartAsync(null, environment: "Production", extraSettings: new Dictionary<string, string?>
        {
            ["Identity:DevelopmentTokens"] = "true",
            ["Identity:Entra:Instance"] = "https://login.microsoftonline.com/",
            ["Identity:Entra:TenantId"] = "11111111-2222-3333-4444-555555555555",
            ["Identity:Entra:ClientId"] = "api-client-id",
            ["Identity:Entra:SpaClientId"] = "spa-client-id",
            ["Identity:Entra:AllowedTenantIds:0"] = "11111111-2222-3333-4444-555555555555",
        });

        using var token = await host.Http.PostAsJsonAsync(DevelopmentSignInEndpoints.TokenPath, new { tenant = "132292", roles = new[] { "Caseworker" } });
        var config = JsonNode.Parse(await host.Http.GetStringAsync(DevelopmentSignInEndpoints.ConfigPath))!;

        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.False((bool)config["developmentSignIn"]!);
        Assert.Equal("spa-client-id", (string?)config["entra"]!["clientId"]);
        Assert.Equal("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555", (string?)config["entra"]!["authority"]);
        Assert.Equal(["api://api-client-id/.default"], config["entra"]!["scopes"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public async Task Development_WithDevelopmentTokensOff_HasNoTokenEndpoint()
    {
        await using var host = await PlatformHost.StartAsync(null, extraSettings: new Dictionary<string, string?> { ["Identity:DevelopmentTokens"] = "false" });

        using var token = await host.Http.PostAsJsonAsync(DevelopmentSignInEndpoints.TokenPath, new { tenant = "132292", roles = new[] { "Caseworker" } });
        var config = JsonNode.Parse(await host.Http.GetStringAsync(DevelopmentSignInEndpoints.ConfigPath))!;

        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.False((bool)config["developmentSignIn"]!);
    }
}
