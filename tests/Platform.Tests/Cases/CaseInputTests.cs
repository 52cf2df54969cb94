using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>Input that must be refused is refused with a stable code, and nothing is written.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseInputTests(PlatformFixture fixture)
{
    [Theory]
    [InlineData("name", "Hana\u202Eko")]
    [InlineData("name", "Hana\u2066ko")]
    [InlineData("kana", "はな\0こ")]
    [InlineData("kana", "はな\u0007こ")]
    [InlineData("name", "Hana\nko")]
    public async Task OpenCase_WithControlOrBidiOverrideCharacters_IsRefused_AndOpensNothing(string field, string value)
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var subject = new Dictionary<string, object> { [field] = value };

        var error = await worker.RefusedAsync("openCase", new { openedOn = Iso(Today), referralSource = "FAMILY", subject });

        Assert.Equal("INVALID_CHARACTERS", (string)error["code"]!);
        Assert.Equal(0, (int)(await worker.QueryAsync("{ cases { totalCount } }"))["cases"]!["totalCount"]!);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(99999)]
    [InlineData(1899)]
    public async Task OpenCase_WithAHouseholdMemberBornOutOfRange_IsRefused(int birthYear)
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());

        var error = await worker.RefusedAsync("openCase", new
        {
            openedOn = Iso(Today),
            referralSource = "FAMILY",
            household = new { is8050 = false, members = new[] { new { relationship = "mother", birthYear } } },
        });

        Assert.Equal("BIRTH_YEAR_OUT_OF_RANGE", (string)error["code"]!);
        Assert.Equal(0, (int)(await worker.QueryAsync("{ cases { totalCount } }"))["cases"]!["totalCount"]!);
    }

    [Fact]
    public async Task Changes_DatedBeforeTheCaseWasOpened_OrWithControlCharacters_AreRefused_AndWriteNothing()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var opened = Today.AddDays(-30);
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(opened), referralSource = "FAMILY" }))["id"]!;

        Assert.Equal("DATE_OUT_OF_RANGE", (string)(await worker.RefusedAsync("recordContact", new { caseId = id, at = "1900-01-01T10:00:00+09:00", channel = "PHONE", with = "FAMILY" }))["code"]!);
        Assert.Equal("DATE_OUT_OF_RANGE", (string)(await worker.RefusedAsync("referCase", new { caseId = id, destination = "MENTAL_HEALTH_CENTER", referredOn = "0001-01-01" }))["code"]!);
        Assert.Equal("DATE_OUT_OF_RANGE", (string)(await worker.RefusedAsync("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(opened.AddDays(-1)) }))["code"]!);
        Assert.Equal("INVALID_CHARACTERS", (string)(await worker.RefusedAsync("recordContact", new { caseId = id, at = Iso(Now), channel = "PHONE", with = "FAMILY", notes = "ok\u202Enot" }))["code"]!);

        var file = (await worker.CaseAsync(id))!;
        Assert.Equal(0, (int)file["contacts"]!["totalCount"]!);
        Assert.Empty(file["referrals"]!.AsArray());
        Assert.Empty(file["consents"]!.AsArray());
    }
}
