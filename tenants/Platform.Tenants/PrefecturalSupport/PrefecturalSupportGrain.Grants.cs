namespace Platform.Tenants.PrefecturalSupport;

/// <summary>Preparation support grants (準備支援).</summary>
public sealed partial class PrefecturalSupportGrain
{
    /// <summary>The largest amount of one item, in yen (700 million: far above any real grant, and three items stay within a GraphQL Int).</summary>
    public const long MaxAmountYen = 700_000_000;

    /// <inheritdoc />
    public async Task<PreparationGrantResult> GrantPreparationSupport(PreparationGrantRequest request, string? clientMutationId)
    {
        var caller = Caller();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger, "grant");
        if (command.WasApplied(out var grantId))
        {
            return state.State.Grants.FirstOrDefault(g => g.Id == grantId) is { } again
                ? new PreparationGrantResult(again, [])
                : new PreparationGrantResult(null, [Error("GRANT_NOT_FOUND", "The grant this request made is gone.", "municipalityCode")]);
        }

        var errors = GrantErrors(request);
        if (!errors.IsEmpty)
        {
            return new PreparationGrantResult(null, errors);
        }

        var grant = new PreparationGrant(
            $"{request.MunicipalityCode}-{request.FiscalYear}", request.MunicipalityCode, request.FiscalYear,
            request.Items, request.CommittedTier, JapanDate.Today(clock), caller.Subject);
        var result = await command.Apply(
            grant.Id,
            () => state.State.Grants.Add(grant),
            new PreparationGrantResult(grant, []),
            outcome => audit.AppendAsync(AuditRecord.For(caller, _info.LgCode, "preparation-grant.grant", "PreparationGrant", grant.Id, outcome, clock.GetUtcNow())));
        await EnsureGrantReminder();

        // A grant for a year whose next year is over is decided at once (not met, or met).
        await CheckGrantConditions(request.MunicipalityCode);
        return result;
    }

    /// <inheritdoc />
    public Task<ImmutableArray<PreparationGrant>> GetPreparationGrants(int? fiscalYear) =>
        Task.FromResult(state.State.Grants.Where(g => fiscalYear is null || g.FiscalYear == fiscalYear).ToImmutableArray());

    /// <inheritdoc />
    public Task<HostView> GetHostView()
    {
        // The call filter admits municipalities of this prefecture only (MunicipalityOfPrefecture).
        var caller = Caller();
        var today = JapanDate.Today(clock);
        var municipality = caller.TenantCode;
        return Task.FromResult(new HostView(
            [.. state.State.Satellites.Values.Where(s => s.MunicipalityCode == municipality)
                .Select(s => s.AsOf(today) with { History = [], TransferredCaseIds = [], FollowUpCaseIds = [] })],
            [.. state.State.Alerts.Where(a => a.MunicipalityCode == municipality).Reverse()],
            [.. state.State.Grants.Where(g => g.MunicipalityCode == municipality)]));
    }

    private ImmutableArray<UserError> GrantErrors(PreparationGrantRequest request)
    {
        if (directory.Municipality(request.MunicipalityCode)?.PrefectureCode != _info.Code)
        {
            return [Error("MUNICIPALITY_NOT_IN_PREFECTURE", $"{request.MunicipalityCode} is not a municipality of prefecture {_info.Code}.", "municipalityCode")];
        }

        if (!FiscalYear.IsValid(request.FiscalYear))
        {
            return [Error("FISCAL_YEAR_OUT_OF_RANGE", $"fiscalYear must be {FiscalYear.Min}–{FiscalYear.Max}.", "fiscalYear")];
        }

        if (request.Items.IsEmpty)
        {
            return [Error("ITEMS_REQUIRED", "A grant pays for at least one item.", "items")];
        }

        if (request.Items.Select(i => i.Item).Distinct().Count() != request.Items.Length)
        {
            return [Error("DUPLICATE_ITEM", "Each item appears once; give its total amount.", "items")];
        }

        if (request.Items.Any(i => i.AmountYen is <= 0 or > MaxAmountYen))
        {
            return [Error("AMOUNT_OUT_OF_RANGE", $"Each amount is 1 to {MaxAmountYen:N0} yen.", "items")];
        }

        return state.State.Grants.Any(g => g.MunicipalityCode == request.MunicipalityCode && g.FiscalYear == request.FiscalYear)
            ? [Error("GRANT_EXISTS", $"{request.MunicipalityCode} has a preparation grant for fiscal year {request.FiscalYear} already.", "municipalityCode")]
            : [];
    }

    private static UserError Error(string code, string message, string field) => new(code, message, ["input", field]);
}
