using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Tests.Access;

[Collection(PlatformCollection.Name)]
public sealed class TokenValidationTests(PlatformFixture fixture)
{
    public static TheoryData<string> BadTokens() => new()
    {
        "wrong-signature", "wrong-audience", "wrong-issuer", "expired", "not-yet-valid", "unknown-tenant", "other-directory", "no-tenant", "unsigned", "garbage", "too-long-lived",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Request_WithABadToken_Gets401_EvenForPublicData(string kind)
    {
        // Sent twice: some of these pass the signature check, which is remembered
        // (ValidatedTokenCache); the scheme's own checks must refuse them again.
        var token = Make(kind);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (status, body) = await fixture.Host.PostAsync("{ nation { programSummary(fiscalYear: 2023) { total } } }", token: token);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("UNAUTHENTICATED", (string?)body["errors"]![0]!["extensions"]!["code"]);
        }
    }

    [Fact]
    public async Task Request_WithAGoodToken_IsAuthenticated()
    {
        var data = await fixture.Host.QueryAsync("{ viewer { tenantCode } }", token: Make("good"));
        Assert.Equal("132292", (string)data["viewer"]!["tenantCode"]!);
    }

    [Fact]
    public async Task TheSilosSchemes_CheckTokensThroughTheValidatedTokenCache()
    {
        var jwt = fixture.Host.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions>>();
        var handlers = jwt.Get(IdentitySchemes.Development).TokenHandlers;
        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.Equal(typeof(ValidatedTokenCache), h.GetType().DeclaringType));

        // And a token it has seen answers as the first time.
        var token = Make("good");
        for (var attempt = 0; attempt < 2; attempt++)
            Assert.Equal("132292", (string)(await fixture.Host.QueryAsync("{ viewer { tenantCode } }", token: token))["viewer"]!["tenantCode"]!);
    }

    [Fact]
    public async Task Token_WithItsRoleInAUriRoleClaim_GetsNoRole()
    {
        Assert.Equal("http://schemas.microsoft.com/ws/2008/06/identity/claims/role", ClaimTypes.Role);

        var data = await fixture.Host.QueryAsync("{ viewer { tenantCode roles } }", token: Make("uri-role"));

        Assert.Equal("132292", (string)data["viewer"]!["tenantCode"]!);
        Assert.Empty(data["viewer"]!["roles"]!.AsArray());
    }

    [Fact]
    public void DevelopmentTokens_AreNeverAccepted_InProduction()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Identity:DevelopmentTokens"] = "true" }).Build();
        Assert.False(IdentityHostingExtensions.AcceptsDevelopmentTokens(new Environment("Production"), settings));
        Assert.True(IdentityHostingExtensions.AcceptsDevelopmentTokens(new Environment("Development"), settings));
    }

    private string Make(string kind)
    {
        if (kind == "garbage")
        {
            return "not.a.token";
        }

        var key = kind == "wrong-signature"
            ? new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "platform-dev" }
            : DevelopmentSigningKey.LoadOrCreate(fixture.Host.DataDirectory);
        // "uri-role": the role only in the URI claim type that .NET maps "role" to, which is no app role.
        var claims = new List<Claim> { new("sub", "tester"), new(kind == "uri-role" ? ClaimTypes.Role : "roles", "TenantAdmin") };
        if (kind != "no-tenant")
        {
            claims.Add(new("lg_code", kind == "unknown-tenant" ? "999997" : "132292"));
        }

        claims.Add(new("tid", kind == "other-directory" ? "some-other-directory" : DevelopmentTokens.DirectoryTenant));
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = kind == "wrong-issuer" ? "https://evil.example" : DevelopmentSigningKey.Issuer,
            Audience = kind == "wrong-audience" ? "another-api" : DevelopmentSigningKey.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = kind == "expired" ? now.AddHours(-3) : now,
            NotBefore = kind switch { "expired" => now.AddHours(-3), "not-yet-valid" => now.AddHours(1), _ => now },
            Expires = kind switch
            {
                "expired" => now.AddHours(-2),
                "not-yet-valid" => now.AddHours(2),
                "too-long-lived" => now.AddDays(30),
                _ => now.AddHours(1),
            },
            SigningCredentials = kind == "unsigned" ? null : new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private sealed class Environment(string name) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = "";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
