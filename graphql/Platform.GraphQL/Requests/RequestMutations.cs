using Platform.Tenants.Municipalities;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Requests;

/// <summary><c>reportRequestStatus</c>: a municipality's answer to the three requests for a fiscal year.</summary>
internal static class RequestMutations
{
    /// <summary>Adds the mutation to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation) =>
        mutation.Mutation<ReportRequestStatusInputType, ReportRequestStatusInput, MunicipalRequestStatus>("reportRequestStatus",
            new PayloadType<MunicipalRequestStatusType, MunicipalRequestStatus>("ReportRequestStatusPayload", "requestStatus"), [Roles.TenantAdmin, Roles.PrefecturalOfficer],
            "Reports a municipality's answer to the three requests for a fiscal year.", ReportRequestStatus);

    private static async Task<Reply<MunicipalRequestStatus>> ReportRequestStatus(IResolveFieldContext ctx, ReportRequestStatusInput input)
    {
        var (grain, error) = await MunicipalityCodes.GrainAsync(ctx, input.MunicipalityCode, nameof(IMunicipalityGrain.ReportRequestStatus));
        if (error is not null)
        {
            return error;
        }

        var status = new MunicipalRequestStatus(input.FiscalYear, input.DeskClarified, input.DeskPublicized, input.FactFindingSurvey, input.MunicipalPlatform);
        var result = await grain!.ReportRequestStatus(status, input.ClientMutationId);
        return new(result.Status, result.Errors);
    }
}
