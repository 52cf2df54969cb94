using System.Net.Http.Headers;

namespace Platform.Tests.Hosting;

/// <summary>The Orleans Dashboard, for operators only.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task Dashboard_IsServedToAValidOperatorToken_AndToNoOtherCaller()
    {
        await using var host = await PlatformHost.StartAsync(
            connectionString: null, extraSettings: new Dictionary<string, string?> { [OperationsHostingExtensions.DashboardSetting] = "true" });

        Assert.Equal(HttpStatusCode.OK, await GetAsync(host, host.Token(Roles.NationTenant, OperatorPolicy.Role)));
        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(host, host.Token("132292", Roles.TenantAdmin)));
        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(host, token: null));
    }

    private static async Task<HttpStatusCode> GetAsync(PlatformHost host, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{OperationsHostingExtensions.DashboardPath}/");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await host.Http.SendAsync(request);
        return response.StatusCode;
    }
}
