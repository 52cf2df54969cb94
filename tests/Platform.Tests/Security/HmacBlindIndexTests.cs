using Platform.Tenants.Security;

namespace Platform.Tests.Security;

/// <summary>The keyed blind index used to search names without decrypting.</summary>
public sealed class HmacBlindIndexTests
{
    [Fact]
    public void Compute_SameTenantAndValue_GivesTheSameIndex()
    {
        var index = new HmacBlindIndex(new InMemoryTenantKeyStore());
        var tenant = SecurityTestKit.NewTenant();

        Assert.Equal(index.Compute(tenant, "やまだたろう"), index.Compute(tenant, "やまだたろう"));
        Assert.NotEqual(index.Compute(tenant, "やまだたろう"), index.Compute(tenant, "やまだじろう"));
    }

    [Fact]
    public void Compute_SameValueInAnotherTenant_GivesAnUnrelatedIndex()
    {
        var index = new HmacBlindIndex(new InMemoryTenantKeyStore());

        Assert.NotEqual(index.Compute(SecurityTestKit.NewTenant(), "やまだたろう"), index.Compute(SecurityTestKit.NewTenant(), "やまだたろう"));
    }

    [Fact]
    public void Compute_Returns64LowercaseHexCharacters()
    {
        var value = new HmacBlindIndex(new InMemoryTenantKeyStore()).Compute(SecurityTestKit.NewTenant(), "やまだ");

        Assert.Matches("^[0-9a-f]{64}$", value);
    }

    [Fact]
    public async Task Compute_AfterTheDataKeyIsRotated_StaysTheSame()
    {
        var keys = new InMemoryTenantKeyStore();
        var tenant = SecurityTestKit.NewTenant();
        var before = new HmacBlindIndex(keys).Compute(tenant, "やまだ");

        await keys.RotateAsync(tenant);

        Assert.Equal(before, new HmacBlindIndex(keys).Compute(tenant, "やまだ"));
    }

    [Fact]
    public async Task Compute_OnAnotherSiloOrAfterARestart_GivesTheSameIndex()
    {
        var connectionString = await SecurityTestKit.NewDatabaseAsync("blind_index");
        var masterKey = SecurityTestKit.NewMasterKey();
        var tenant = SecurityTestKit.NewTenant();

        var first = new HmacBlindIndex(SecurityTestKit.Store(connectionString, masterKey)).Compute(tenant, "やまだ");
        var second = new HmacBlindIndex(SecurityTestKit.Store(connectionString, masterKey)).Compute(tenant, "やまだ");

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("ヤマダ　タロウ")]
    [InlineData("やまだ たろう")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ")]
    [InlineData("ヤマダ・タロウ")]
    public void Kana_WrittenInAnyUsualForm_NormalisesToTheSameValue(string entered)
    {
        Assert.Equal("やまだたろう", BlindIndexNormalization.Kana(entered));
    }
}
