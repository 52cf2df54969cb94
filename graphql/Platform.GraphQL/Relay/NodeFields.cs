using Platform.GraphQL.Consultations.Types;
using Platform.GraphQL.Consultations;
using Platform.GraphQL.Satellites;

namespace Platform.GraphQL.Relay;

/// <summary><c>node</c> and <c>nodes</c> on the root query: any object by its global id (Relay).</summary>
internal static class NodeFields
{
    /// <summary>The most ids <c>nodes</c> resolves at once.</summary>
    public const int MaxNodes = 50;

    /// <summary>Adds <c>node</c> and <c>nodes</c> to <paramref name="query"/>.</summary>
    public static void Add(ObjectGraphType query)
    {
        query.Field<NodeInterface, object>("node")
            .AllowAnonymous()
            .Description("Any object with a global id (Relay); null when there is none or the caller may not read it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id as the API hands it out.")
            .ResolveAsync(async ctx => await ResolveNode(ctx, ctx.Directory(), ctx.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>, IEnumerable<object?>>("nodes")
            .AllowAnonymous()
            .Description($"Up to {MaxNodes} objects by global id, in the order asked; null for ids that resolve to nothing, and for malformed ones (with an error whose path ends with the id's index).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, at most 50.")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                {
                    throw new ApiException(ErrorCodes.BadUserInput, $"nodes takes at most {MaxNodes} ids.");
                }

                var directory = ctx.Directory();
                // One bad id fails its own element only: null there, and an error whose path ends
                // with its index. Read a few grains at a time, so one request holds few connections.
                var results = await GrainReads.SelectAsync([.. ids.Select((id, index) => (Id: id, Index: index))], async item =>
                {
                    try
                    {
                        return (Node: await ResolveNode(ctx, directory, item.Id), Error: (ApiException?)null);
                    }
                    catch (ApiException error)
                    {
                        error.Path = [.. ctx.Path, item.Index];
                        return (Node: null, Error: error);
                    }
                });
                foreach (var (_, error) in results)
                {
                    if (error is not null)
                        ctx.Errors.Add(error);
                }

                return results.Select(result => result.Node);
            });
    }

    // Case ids resolve under the rules of the case field: the caller's own tenant, case staff only.
    private static async Task<object?> ResolveNode(IResolveFieldContext ctx, TenantDirectory directory, string id)
    {
        var (type, key) = NodeId.Decode(id);
        return type switch
        {
            MunicipalityGraphType.NodeType => directory.Municipality(key),
            PrefectureGraphType.NodeType => directory.Prefecture(key),
            CaseAccess.NodeType => await CaseQueries.NodeAsync(ctx, key),
            Satellites.SatelliteAccess.NodeType => await Satellites.SatelliteQueries.NodeAsync(ctx, key),
            Consultations.Types.ConsultationGraphType.NodeType => await Consultations.ConsultationFields.NodeAsync(ctx, key),
            _ => null,
        };
    }
}
