using Platform.Tenants.Activities;

namespace Platform.Tenants.Municipalities;

/// <summary>The requests as the municipality's records back them.</summary>
public sealed partial class MunicipalityGrain
{
    /// <inheritdoc />
    public async Task ReportRequestEvidence(RequestEvidence evidence)
    {
        var current = state.State.RequestEvidence.GetValueOrDefault(evidence.FiscalYear);
        if (current == evidence || (current is null && evidence.IsEmpty))
        {
            return;
        }

        state.State.RequestEvidence[evidence.FiscalYear] = evidence;
        await SaveAndRollUp(evidence.FiscalYear);
    }

    // The reported answer, with each request also counted done when the records show it: a
    // municipality that recorded a survey did one, whatever its report said.
    private MunicipalRequestStatus? EffectiveRequestStatus(int fiscalYear)
    {
        var reported = state.State.RequestStatus.GetValueOrDefault(fiscalYear);
        var records = state.State.RequestEvidence.GetValueOrDefault(fiscalYear);
        if (records is null || records.IsEmpty)
        {
            return reported;
        }

        var clarified = (reported?.DeskClarified ?? false) || records.DeskClarified;
        return new MunicipalRequestStatus(
            fiscalYear,
            clarified,
            clarified && ((reported?.DeskPublicized ?? false) || records.DeskPublicized),
            (reported?.FactFindingSurvey ?? false) || records.FactFindingSurvey,
            (reported?.MunicipalPlatform ?? false) || records.MunicipalPlatform);
    }
}
