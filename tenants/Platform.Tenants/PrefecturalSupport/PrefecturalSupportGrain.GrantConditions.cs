namespace Platform.Tenants.PrefecturalSupport;

/// <summary>
/// Noticing when a preparation grant's condition is decided: met once the next fiscal year's
/// program is of the committed tier, not met once that year ended without one. Checked after a
/// municipality's designation and from a durable daily reminder while any grant is undecided.
/// </summary>
public sealed partial class PrefecturalSupportGrain : IRemindable
{
    /// <summary>The durable reminder that decides grant conditions that time decides (not met).</summary>
    public const string GrantReminder = "grant-conditions";

    /// <inheritdoc />
    public async Task CheckGrantConditions(string? municipalityCode)
    {
        var today = JapanDate.Today(clock);
        var decided = new List<(PreparationGrant Grant, GrantConditionStatus Status)>();
        foreach (var grant in state.State.Grants.Where(g => !state.State.DecidedGrants.ContainsKey(g.Id) && (municipalityCode is null || g.MunicipalityCode == municipalityCode)).ToList())
        {
            Programs.ProgramRecord? next;
            using (CallerContext.EnterSystem(signer))
            {
                next = await GrainFactory.Grain<IMunicipalityGrain>(grant.MunicipalityCode).GetProgram(grant.FiscalYear + 1);
            }

            var status = GrantConditions.Evaluate(grant, next, today);
            if (status != GrantConditionStatus.Pending && state.State.DecidedGrants.TryAdd(grant.Id, status))
            {
                decided.Add((grant, status));
            }
        }

        if (decided.Count == 0)
        {
            return;
        }

        // Stored first: a notice is a pointer, raised once; the feed drops a repeat by key.
        await state.WriteStateAsync();
        foreach (var (grant, status) in decided)
        {
            var key = $"grant-condition|{grant.Id}|{status}";
            await this.Notify(GrainFactory, signer, logger, _info.LgCode,
                new NoticeDraft(NoticeKind.GrantConditionDecided, NoticeAudience.Role(Roles.PrefecturalOfficer), "PreparationGrant", grant.Id, key));
            await this.Notify(GrainFactory, signer, logger, grant.MunicipalityCode,
                new NoticeDraft(NoticeKind.GrantConditionDecided, NoticeAudience.Role(Roles.TenantAdmin), "PreparationGrant", grant.Id, key));
        }
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != GrantReminder)
        {
            return;
        }

        await CheckGrantConditions(null);
        if (state.State.Grants.All(g => state.State.DecidedGrants.ContainsKey(g.Id)) && await this.GetReminder(GrantReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    // Durable: the reminder lives in the reminder table and fires after restarts too.
    private Task EnsureGrantReminder() =>
        this.RegisterOrUpdateReminder(GrantReminder, TimeSpan.FromHours(1), TimeSpan.FromDays(1));
}
