using Platform.Tenants.Municipalities;
using Platform.Tenants.Nation;

namespace Platform.Tests.Common;

/// <summary>
/// A reference made from the types resolved once is the reference Orleans gives: the same grain
/// id and interface type for each interface and key, and the same refusal of a blank key, so a
/// call reaches the same activation and passes the same access rules.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GrainFactoryExtensionsTests(PlatformFixture fixture)
{
    [Fact]
    public async Task AReference_IsOrleansOwn_ForEachInterfaceAndKey_AndItsCallsAnswer()
    {
        var grains = fixture.Host.Grains;
        foreach (var key in new[] { "132292", "011002", "types" })
        {
            AssertSame(grains.GetGrain<IMunicipalityGrain>(key), grains.Grain<IMunicipalityGrain>(key));
        }
        Assert.Throws<ArgumentException>(() => grains.GetGrain<IMunicipalityGrain>(" "));
        Assert.Throws<ArgumentException>(() => grains.Grain<IMunicipalityGrain>(" "));
        AssertSame(grains.GetGrain<INationGrain>(INationGrain.Key), grains.Grain<INationGrain>(INationGrain.Key));
        Assert.NotEqual(grains.Grain<IMunicipalityGrain>("132292").GetGrainId(), grains.Grain<IMunicipalityGrain>("011002").GetGrainId());

        var viaOrleans = await grains.GetGrain<INationGrain>(INationGrain.Key).GetProgramSummary(2023);
        var viaOurs = await grains.Grain<INationGrain>(INationGrain.Key).GetProgramSummary(2023);
        Assert.Equal(viaOrleans.Total, viaOurs.Total);
        Assert.True(viaOurs.Total > 0);
    }

    private static void AssertSame<T>(T expected, T actual) where T : IAddressable
    {
        var (e, a) = ((GrainReference)(object)expected, (GrainReference)(object)actual);
        Assert.Equal(e.GrainId, a.GrainId);
        Assert.Equal(e.InterfaceType, a.InterfaceType);
        Assert.Equal(e.GetType(), a.GetType());
    }
}
