using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Tests.Access;

/// <summary>
/// <see cref="ValidatedTokenCache"/>: a token's signature is checked once, and the remembered
/// answer never outlives the token, five minutes, or its scheme, and is never shared by reference.
/// </summary>
public sealed class ValidatedTokenCacheTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("token-cache-").FullName;
    private readonly ManualClock _clock = new();
    private readonly ValidatedTokenCache _cache;
    private readonly TokenValidationParameters _parameters;

    public ValidatedTokenCacheTests()
    {
        _cache = new ValidatedTokenCache(_clock);
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = DevelopmentSigningKey.Issuer,
            ValidAudience = DevelopmentSigningKey.Audience,
            IssuerSigningKey = DevelopmentSigningKey.LoadOrCreate(_dataDirectory),
            NameClaimType = "sub",
            RoleClaimType = "roles",
        };
    }

    [Fact]
    public async Task AGoodToken_IsCheckedOnce_AndEachRequestGetsItsOwnCopyOfTheIdentity()
    {
        var (handler, inner) = Handler("Development");
        var token = Mint(TimeSpan.FromHours(1));

        var first = await handler.ValidateTokenAsync(token, _parameters);
        first.ClaimsIdentity.AddClaim(new Claim("lg_code", "mapped-by-an-event"));
        var second = await handler.ValidateTokenAsync(token, _parameters);

        Assert.Equal(1, inner.Calls);
        Assert.True(second.IsValid);
        Assert.Equal("caseworker-1", second.ClaimsIdentity.Name);
        Assert.Equal(["Caseworker"], second.ClaimsIdentity.FindAll("roles").Select(c => c.Value));
        Assert.Equal(["132292"], second.ClaimsIdentity.FindAll("lg_code").Select(c => c.Value));
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Same(first.SecurityToken, second.SecurityToken);
    }

    [Fact]
    public async Task ABadToken_IsNeverRemembered()
    {
        var (handler, inner) = Handler("Development");
        var token = Mint(TimeSpan.FromHours(1));
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        for (var i = 0; i < 3; i++)
            Assert.False((await handler.ValidateTokenAsync(forged, _parameters)).IsValid);

        Assert.Equal(3, inner.Calls);
    }

    /// <summary>A token is remembered until its exp or five minutes, whichever comes first.</summary>
    [Theory]
    [InlineData(2, 120)] // a 2-minute token: until its exp
    [InlineData(480, 300)] // an 8-hour token: until five minutes have passed
    public async Task AToken_IsCheckedAgain_OnceItExpiresOrFiveMinutesHavePassed(int lifetimeMinutes, int rememberedSeconds)
    {
        Assert.Equal(300, (int)ValidatedTokenCache.MaxAge.TotalSeconds);
        var (handler, inner) = Handler("Development");
        var token = Mint(TimeSpan.FromMinutes(lifetimeMinutes));
        await handler.ValidateTokenAsync(token, _parameters);

        _clock.Advance(TimeSpan.FromSeconds(rememberedSeconds - 1));
        await handler.ValidateTokenAsync(token, _parameters);
        Assert.Equal(1, inner.Calls);

        _clock.Advance(TimeSpan.FromSeconds(2));
        await handler.ValidateTokenAsync(token, _parameters);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task WhatOneSchemeValidated_IsCheckedAgainByAnother()
    {
        var (development, checkedByDevelopment) = Handler("Development");
        var (entra, checkedByEntra) = Handler("Entra");
        var token = Mint(TimeSpan.FromHours(1));

        await development.ValidateTokenAsync(token, _parameters);
        var refused = await entra.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "https://login.microsoftonline.com/other/v2.0",
            ValidAudience = DevelopmentSigningKey.Audience,
            IssuerSigningKey = _parameters.IssuerSigningKey,
        });

        Assert.False(refused.IsValid);
        Assert.Equal((1, 1), (checkedByDevelopment.Calls, checkedByEntra.Calls));
    }

    public void Dispose()
    {
        _cache.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private (TokenHandler Handler, CountingHandler Inner) Handler(string scheme)
    {
        var inner = new CountingHandler(_clock);
        return (_cache.Wrap(scheme, inner), inner);
    }

    // The token's times follow the test clock, as the real handler's lifetime check follows the real one.
    private string Mint(TimeSpan lifetime)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentSigningKey.Issuer,
            Audience = DevelopmentSigningKey.Audience,
            Subject = new ClaimsIdentity([new("sub", "caseworker-1"), new("lg_code", "132292"), new("roles", "Caseworker")]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(_parameters.IssuerSigningKey, SecurityAlgorithms.EcdsaSha256),
        });
    }

    /// <summary>The real handler, counted, judging lifetimes by the test clock.</summary>
    private sealed class CountingHandler(TimeProvider clock) : TokenHandler
    {
        private readonly JsonWebTokenHandler _inner = new();

        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            var parameters = validationParameters.Clone();
            parameters.LifetimeValidator = (notBefore, expires, _, _) =>
                notBefore <= clock.GetUtcNow().UtcDateTime && clock.GetUtcNow().UtcDateTime < expires;
            return _inner.ValidateTokenAsync(token, parameters);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
