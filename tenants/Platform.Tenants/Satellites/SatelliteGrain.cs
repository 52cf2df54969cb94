using Microsoft.Extensions.Options;
using Platform.Tenants.PrefecturalSupport;

namespace Platform.Tenants.Satellites;

/// <summary>
/// One satellite of a prefecture's center. The call filter has checked that the caller is an
/// officer of the prefecture named in the key; this grain applies the life cycle, audits each
/// change in the prefecture's chain, raises the transition alerts from a durable reminder, and
/// keeps the prefecture's index current (pending mark stored with the change, as the roll-ups do).
/// </summary>
public sealed partial class SatelliteGrain(
    [PersistentState("satellite", StorageNames.Platform)] IPersistentState<SatelliteState> state,
    TenantDirectory directory,
    CallerSigner signer,
    IAuditLog audit,
    PlatformClock clock,
    IOptions<SatelliteOptions> options,
    ILogger<SatelliteGrain> logger) : Grain, ISatelliteGrain, IRemindable
{
    /// <summary>The name of the durable reminder that checks the dates.</summary>
    public const string AlertReminder = "transition-alerts";

    /// <summary>The longest reason for an extension or a closure.</summary>
    public const int MaxReason = 1000;

    private PrefectureInfo _prefecture = null!;
    private string _id = "";

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/');
        _prefecture = (slash > 0 ? directory.PrefectureByLgCode(key[..slash]) : null)
            ?? throw new ArgumentException("A satellite key is '{prefecture LG code}/{id}'.");
        _id = key[(slash + 1)..];

        // Set before any write: the storage encrypts the state with this tenant's key.
        state.State.TenantCode = _prefecture.LgCode;
        if (state.State.FormerReplies.Entries.Count > 0)
        {
            // Whole replies, as earlier versions kept them: a retry now re-reads the satellite.
            state.State.FormerReplies = new();
            await state.WriteStateAsync();
        }

        await Report();
    }

    /// <inheritdoc />
    public async Task<SatelliteRecord> Create(string municipalityCode, DateOnly establishedOn, DateOnly plannedTransitionOn, string establishedBy)
    {
        if (state.State.Satellite is { } existing)
        {
            return existing;
        }

        var record = new SatelliteRecord(
            _id, _prefecture.Code, municipalityCode, SatelliteStatus.Planned, establishedOn, plannedTransitionOn, null, null,
            [new SatelliteEvent(SatelliteEventKind.Established, establishedOn, establishedBy, null, plannedTransitionOn)], [], []);
        state.State.Satellite = record.AsOf(Today());
        RaiseDue(Today());
        await state.WriteStateAsync();

        // Durable: the reminder lives in the reminder table and fires after restarts too.
        var period = options.Value.AlertCheckPeriod;
        await this.RegisterOrUpdateReminder(AlertReminder, period, period);

        // The prefecture's support grain is waiting for this call, so the alerts due already
        // reach its list from a timer, after this call has returned.
        this.RegisterGrainTimer(Report, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        return state.State.Satellite;
    }

    /// <inheritdoc />
    public Task<SatelliteRecord?> Get() =>
        Task.FromResult(state.State.Satellite is { } s ? s.AsOf(Today()) : null);

    /// <inheritdoc />
    public Task<SatelliteResult> Extend(DateOnly plannedTransitionOn, string reason, string? clientMutationId) =>
        Change(clientMutationId, "satellite.extend", (satellite, caller, today) =>
        {
            if (!satellite.IsActive)
            {
                return SatelliteResult.Fail("SATELLITE_NOT_ACTIVE", $"A {satellite.Status} satellite cannot be extended.", "input", "satelliteId");
            }

            if (ReasonError(reason) is { } error)
            {
                return error;
            }

            return plannedTransitionOn <= satellite.PlannedTransitionOn
                ? SatelliteResult.Fail("EXTENSION_NOT_LATER", $"The new date must be after the planned transition ({satellite.PlannedTransitionOn:yyyy-MM-dd}).", "input", "plannedTransitionOn")
                : new SatelliteResult(satellite with
                {
                    PlannedTransitionOn = plannedTransitionOn,
                    History = satellite.History.Add(new SatelliteEvent(SatelliteEventKind.Extended, today, caller.Subject, reason.Trim(), plannedTransitionOn)),
                }, []);
        });

    /// <inheritdoc />
    public Task<SatelliteResult> Close(DateOnly closedOn, string reason, string? clientMutationId) =>
        Change(clientMutationId, "satellite.close", (satellite, caller, today) =>
        {
            if (!satellite.IsActive)
            {
                return SatelliteResult.Fail("SATELLITE_NOT_ACTIVE", $"A {satellite.Status} satellite cannot be closed.", "input", "satelliteId");
            }

            // A planned satellite may be called off before the day it was to start.
            var dateError = satellite.Status == SatelliteStatus.Planned
                ? (closedOn > today ? SatelliteResult.Fail("DATE_IN_FUTURE", "closedOn cannot be in the future.", "input", "closedOn") : null)
                : DateError(satellite, closedOn, today, "closedOn");
            if (dateError is not null)
            {
                return dateError;
            }

            return ReasonError(reason) ?? new SatelliteResult(satellite with
            {
                Status = SatelliteStatus.Closed,
                ClosedOn = closedOn,
                History = satellite.History.Add(new SatelliteEvent(SatelliteEventKind.Closed, closedOn, caller.Subject, reason.Trim(), satellite.PlannedTransitionOn)),
            }, []);
        });

    /// <inheritdoc />
    public async Task<bool> AttachCase(string caseId)
    {
        if (state.State.Satellite is not { } satellite || satellite.AsOf(Today()).Status != SatelliteStatus.Operating)
        {
            return false;
        }

        if (!state.State.CaseIds.Contains(caseId))
        {
            state.State.CaseIds.Add(caseId);
            await state.WriteStateAsync();
        }

        return true;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == AlertReminder)
        {
            await CheckAlerts();
        }
    }

    private static SatelliteResult? ReasonError(string reason) => string.IsNullOrWhiteSpace(reason)
        ? SatelliteResult.Fail("REASON_REQUIRED", "Give a reason; it is kept in the satellite's history.", "input", "reason")
        : reason.Length > MaxReason ? SatelliteResult.Fail("TOO_LONG", $"reason may have at most {MaxReason} characters.", "input", "reason") : null;

    private static SatelliteResult? DateError(SatelliteRecord satellite, DateOnly date, DateOnly today, string field) =>
        date > today
            ? SatelliteResult.Fail("DATE_IN_FUTURE", $"{field} cannot be in the future.", "input", field)
            : date < satellite.EstablishedOn
                ? SatelliteResult.Fail("DATE_OUT_OF_RANGE", $"{field} cannot be before the satellite was established ({satellite.EstablishedOn:yyyy-MM-dd}).", "input", field)
                : null;

    private DateOnly Today() => JapanDate.Today(clock);

    private static Caller Caller() =>
        CallerContext.Current ?? throw new AccessDeniedException("A satellite can only be reached by a verified caller.");

    private Task Audit(Caller caller, string action, AuditOutcome outcome) =>
        audit.AppendAsync(AuditRecord.For(caller, _prefecture.LgCode, action, "Satellite", _id, outcome, clock.GetUtcNow()));
}
