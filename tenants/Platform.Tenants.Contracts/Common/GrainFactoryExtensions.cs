namespace Platform.Tenants.Common;

/// <summary>
/// Grain references by string key, the way every grain of the platform is addressed. Orleans'
/// <c>GetGrain&lt;T&gt;(string)</c> resolves the interface's grain type from its custom attributes
/// on every call (4 % of a silo's CPU while it serves the cached national summary); here the
/// pair of grain type and interface type is taken once per interface from Orleans' own answer,
/// and each reference is made from it.
/// </summary>
public static class GrainFactoryExtensions
{
    /// <summary>The grain of interface <typeparamref name="TGrain"/> with <paramref name="key"/>, as <c>GetGrain&lt;TGrain&gt;(key)</c> gives it.</summary>
    public static TGrain Grain<TGrain>(this IGrainFactory grains, string key) where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var types = Types<TGrain>.Of(grains);
        return (TGrain)grains.GetGrain(GrainId.Create(types.Grain, key), types.Interface);
    }

    private sealed record GrainTypes(GrainType Grain, GrainInterfaceType Interface);

    // One per interface; types depend only on the interface and its grain class, not on the silo.
    private static class Types<TGrain> where TGrain : IGrainWithStringKey
    {
        private static GrainTypes? s_types;

        public static GrainTypes Of(IGrainFactory grains)
        {
            if (s_types is { } known)
                return known;
            var reference = (GrainReference)(object)grains.GetGrain<TGrain>("types");
            return s_types = new GrainTypes(reference.GrainId.Type, reference.InterfaceType);
        }
    }
}
