using Platform.GraphQL.Consultations.Types;
using Platform.Tenants.Consultations;

namespace Platform.GraphQL.Consultations;

/// <summary>
/// Consultation ids and grains. A consultation belongs to the municipality that asked; the
/// silo's call filter admits its staff and its prefecture's, and the grain checks the consent.
/// </summary>
internal static class ConsultationAccess
{
    /// <summary>
    /// The consultation grain a global id names, once the caller passes the rule of
    /// <paramref name="method"/>; <c>BAD_USER_INPUT</c> when it is no consultation id,
    /// <c>FORBIDDEN</c> (before the grain is touched) when the caller may not call it.
    /// </summary>
    public static async Task<IConsultationGrain> GrainAsync(IResolveFieldContext ctx, string globalId, string method)
    {
        var (type, key) = NodeId.Decode(globalId);
        return type == ConsultationGraphType.NodeType && await IsKeyAsync(ctx, key)
            ? await GrainGate.OpenAsync<IConsultationGrain>(ctx, key, method, ConsultationGraphType.NodeType)
            : throw new ApiException(ErrorCodes.BadUserInput, "The id is not a consultation id.");
    }

    /// <summary>True for keys we issue: "{municipality LG code}/{32 lower-case hex}".</summary>
    public static async Task<bool> IsKeyAsync(IResolveFieldContext ctx, string key) =>
        NodeId.IsTenantKey(key) && ctx.Directory().Municipality(key[..6]) is not null;

    /// <summary>A node whose consultation is read from its grain when a field needs it.</summary>
    public static ConsultationNode Node(IResolveFieldContext ctx, ConsultationEntry entry)
    {
        var grain = ctx.Grains().Grain<IConsultationGrain>(entry.GrainKey);
        return ConsultationNode.Of(entry, () => GrainCalls.CallAsync(grain.Get));
    }

}
