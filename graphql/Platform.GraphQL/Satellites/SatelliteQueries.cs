namespace Platform.GraphQL.Satellites;

/// <summary>Satellites reached by global id.</summary>
internal static class SatelliteQueries
{
    /// <summary>
    /// The satellite with <paramref name="id"/>, for its prefecture's staff; <c>FORBIDDEN</c> for
    /// anyone else (the silo's call filter decides), null when the id names none.
    /// </summary>
    public static async Task<SatelliteRecord?> NodeAsync(IResolveFieldContext ctx, string id)
    {
        ctx.RequireCaller();
        var key = await SatelliteAccess.GrainKeyOfIdAsync(ctx, id);
        if (key is null)
        {
            return null;
        }

        var grain = await GrainGate.OpenAsync<ISatelliteGrain>(ctx, key, nameof(ISatelliteGrain.Get), SatelliteAccess.NodeType);
        return await GrainCalls.CallAsync(grain.Get);
    }
}
