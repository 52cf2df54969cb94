namespace Platform.GraphQL.Satellites;

/// <summary>
/// Satellite ids. A satellite's id within its prefecture is "{municipality LG code}-{n}"; the
/// municipality names the prefecture, and so the grain ("{prefecture LG code}/{id}"). The
/// silo's call filter decides who may reach it.
/// </summary>
internal static class SatelliteAccess
{
    /// <summary>The type name inside a satellite's global id.</summary>
    public const string NodeType = "Satellite";

    /// <summary>The global id of a satellite.</summary>
    public static string GlobalId(SatelliteRecord satellite) => GlobalId(satellite.Id);

    /// <summary>The global id of the satellite with <paramref name="id"/>.</summary>
    public static string GlobalId(string id) => NodeId.Encode(NodeType, id);

    /// <summary>
    /// Calls <paramref name="change"/> on the satellite a global id names, once the caller passes
    /// the rule of the grain's <paramref name="method"/>; its answer as a mutation's reply.
    /// </summary>
    public static async Task<Reply<SatelliteRecord>> ChangeAsync(
        IResolveFieldContext ctx, string globalId, string method, Func<ISatelliteGrain, Task<SatelliteResult>> change)
    {
        var key = await GrainKeyAsync(ctx, globalId);
        var result = await change(await GrainGate.OpenAsync<ISatelliteGrain>(ctx, key, method, NodeType));
        return new(result.Satellite, result.Errors, "SATELLITE_NOT_FOUND");
    }

    /// <summary>The satellite's grain key for a global id; <c>BAD_USER_INPUT</c> when it is no satellite id.</summary>
    public static async Task<string> GrainKeyAsync(IResolveFieldContext ctx, string globalId)
    {
        var (type, id) = NodeId.Decode(globalId);
        return type == NodeType && await GrainKeyOfIdAsync(ctx, id) is { } key
            ? key
            : throw new ApiException(ErrorCodes.BadUserInput, "The id is not a satellite id.");
    }

    /// <summary>The grain key of a satellite id, or null when the id cannot be one.</summary>
    public static async Task<string?> GrainKeyOfIdAsync(IResolveFieldContext ctx, string id)
    {
        var dash = id.IndexOf('-');
        if (dash != 6 || id.Length > 16 || !int.TryParse(id.AsSpan(7), out var n) || n < 1)
        {
            return null;
        }

        var directory = ctx.Directory();
        return directory.Municipality(id[..6]) is { } municipality && directory.Prefecture(municipality.PrefectureCode) is { } prefecture
            ? SatelliteRecord.GrainKey(prefecture.LgCode, id)
            : null;
    }

    /// <summary>The global ids of the prefecture's cases a satellite lists.</summary>
    public static async Task<IEnumerable<string>> CaseIdsAsync(IResolveFieldContext<SatelliteRecord> ctx, IEnumerable<string> caseIds)
    {
        var prefecture = ctx.Directory().Prefecture(ctx.Source.PrefectureCode)!;
        return caseIds.Select(id => CaseAccess.GlobalId(prefecture.LgCode, id));
    }

}
