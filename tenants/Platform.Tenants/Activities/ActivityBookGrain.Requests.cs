namespace Platform.Tenants.Activities;

/// <summary>The activity book's evidence for the three requests, sent to its municipality.</summary>
public sealed partial class ActivityBookGrain
{
    /// <summary>What the records show for the requests of <paramref name="fiscalYear"/>.</summary>
    private RequestEvidence EvidenceOf(int fiscalYear)
    {
        var desk = state.State.Desk is { } d && d.Since <= FiscalYear.EndOf(fiscalYear) ? d : null;
        var ofYear = state.State.Activities.Values.Where(a => FiscalYear.Of(a.HeldOn) == fiscalYear).ToList();
        return new RequestEvidence(
            fiscalYear,
            desk is not null,
            desk?.Publicized ?? false,
            ofYear.Any(a => a.Kind == ActivityKind.FactFindingSurvey),
            ofYear.Any(a => a.Kind == ActivityKind.NetworkMeeting && a.MunicipalPlatform));
    }

    // Only municipalities answer the requests; a prefecture's records back nothing here.
    private partial async Task ReportRequestEvidence(int[] years)
    {
        if (Municipality is null)
        {
            return;
        }

        var municipality = GrainFactory.Grain<IMunicipalityGrain>(Tenant);
        foreach (var year in years)
        {
            await municipality.ReportRequestEvidence(EvidenceOf(year));
        }
    }
}
