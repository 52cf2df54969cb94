using Platform.GraphQL.Consultations.Types;
using Platform.Tenants.Consultations;
using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Consultations;

/// <summary>Where consultations are listed: on the prefecture that receives them and on the case they concern.</summary>
internal static class ConsultationFields
{
    /// <summary>Adds <c>consultations</c> to the <c>Prefecture</c> type.</summary>
    public static void AddTo(ObjectGraphType<PrefectureInfo> prefecture) =>
        prefecture.Field<NonNullGraphType<ConsultationConnectionType>, Connection<ConsultationNode>>("consultations")
            .AuthorizeWithRoles(Roles.PrefecturalOfficer, Roles.TenantAdmin, Roles.Supervisor, Roles.Caseworker)
            .Description("Back-office consultations the prefecture's center received, newest first.")
            .Argument<ConsultationStatusEnumType>("status", "Only consultations in this status; all when omitted.")
            .ForwardPaging()
            .BackwardPaging()
            .ResolveAsync(async ctx =>
            {
                var entries = await GrainCalls.CallAsync(() => ctx.Grains().Grain<IPrefecturalSupportGrain>(ctx.Source.Code)
                    .GetConsultations(ctx.GetArgument<ConsultationStatus?>("status")));
                var page = Paging.Page(entries, Key, ctx);
                return new Connection<ConsultationNode>(
                    [.. page.Edges.Select(e => new Edge<ConsultationNode>(e.Cursor, ConsultationAccess.Node(ctx, e.Node)))], page.PageInfo, page.TotalCount);
            });

    /// <summary>Adds <c>consultations</c> to the <c>Case</c> type.</summary>
    public static void AddTo(ObjectGraphType<CaseNode> caseType) =>
        caseType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsultationGraphType>>>, IEnumerable<ConsultationNode>>("consultations")
            .Description("Consultations asked of the prefecture's center about this case, oldest first.")
            .ResolveAsync(async ctx =>
            {
                var keys = await GrainCalls.CallAsync(() => ctx.Grains().Grain<ICaseGrain>($"{ctx.Source.TenantCode}/{ctx.Source.CaseId}").GetConsultations());
                var views = await GrainReads.SelectAsync(keys.ToList(), k => GrainCalls.CallAsync(() => ctx.Grains().Grain<IConsultationGrain>(k).Get()));
                return views.OfType<ConsultationView>().Select(ConsultationNode.Of);
            });

    /// <summary>The consultation with <paramref name="key"/> as the caller may see it, or null.</summary>
    public static async Task<ConsultationNode?> NodeAsync(IResolveFieldContext ctx, string key)
    {
        ctx.RequireCaller();
        if (!await ConsultationAccess.IsKeyAsync(ctx, key))
        {
            return null;
        }

        var grain = await GrainGate.OpenAsync<IConsultationGrain>(ctx, key, nameof(IConsultationGrain.Get), "Consultation");
        var view = await GrainCalls.CallAsync(grain.Get);
        return view is null ? null : ConsultationNode.Of(view);
    }

    // Newest first, and a cursor stays valid when newer ones arrive.
    private static string Key(ConsultationEntry entry) => $"{DateTimeOffset.MaxValue.UtcTicks - entry.RequestedAt.UtcTicks:D19}/{entry.GrainKey}";
}
