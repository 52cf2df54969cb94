namespace Platform.Tenants.Requests;

/// <summary>Validation of a municipality's request status report.</summary>
public static class RequestStatusRules
{
    /// <summary>The user errors of <paramref name="status"/>; empty when it is valid.</summary>
    public static ImmutableArray<UserError> Validate(MunicipalRequestStatus status)
    {
        var errors = ImmutableArray.CreateBuilder<UserError>();
        if (!FiscalYear.IsValid(status.FiscalYear))
        {
            errors.Add(new("FISCAL_YEAR_OUT_OF_RANGE", $"The fiscal year must be between {FiscalYear.Min} and {FiscalYear.Max}.", ["input", "fiscalYear"]));
        }

        // The national tables count publicised desks "of which" clarified: a desk that was never
        // made clear cannot have been publicised.
        if (status.DeskPublicized && !status.DeskClarified)
        {
            errors.Add(new("DESK_NOT_CLARIFIED", "A consultation desk can only be publicised once it has been made clear.", ["input", "deskPublicized"]));
        }

        return errors.ToImmutable();
    }
}
