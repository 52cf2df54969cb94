namespace Platform.Tenants.Cases;

/// <summary>Retention: a tenant setting and a durable reminder that purges expired files.</summary>
public sealed partial class CaseBookGrain : IRemindable
{
    /// <summary>The reminder's name.</summary>
    public const string RetentionReminder = "retention";

    /// <summary>The fewest and most years a tenant may keep closed cases.</summary>
    public const int MinRetentionYears = 1, MaxRetentionYears = 30;

    /// <inheritdoc />
    public async Task<RetentionResult> SetRetention(int years, string? clientMutationId)
    {
        var caller = CallerContext.Current ?? throw new AccessDeniedException("The retention is set by a verified caller.");
        var key = AppliedCommands.KeyOf(caller, clientMutationId);
        if (state.State.Applied.TryGet(key, out _))
        {
            return new RetentionResult(state.State.RetentionYears, []);
        }

        if (years is < MinRetentionYears or > MaxRetentionYears)
        {
            return new RetentionResult(null, [new UserError("RETENTION_OUT_OF_RANGE", $"years must be {MinRetentionYears} to {MaxRetentionYears}.", ["input", "years"])]);
        }

        // The trace comes first: a change that cannot be audited is not made.
        var tenant = this.GetPrimaryKeyString();
        await audit.AppendAsync(AuditRecord.For(caller, tenant, "case-book.retention", "CaseBook", tenant, AuditOutcome.Allowed, clock.GetUtcNow()));
        state.State.TenantCode = tenant;
        state.State.RetentionYears = years;
        state.State.Applied.Remember(key, tenant);
        await state.WriteStateAsync();

        // Durable: the reminder lives in the reminder table and fires after restarts too.
        var period = retention.Value.CheckPeriod;
        await this.RegisterOrUpdateReminder(RetentionReminder, period < TimeSpan.FromMinutes(1) ? period : TimeSpan.FromMinutes(1), period);
        return new RetentionResult(years, []);
    }

    /// <inheritdoc />
    public Task<int> GetRetention() => Task.FromResult(state.State.RetentionYears);

    /// <inheritdoc />
    public async Task<int> PurgeExpired()
    {
        // The daily tick also closes a fiscal year that has just ended.
        await CloseYears();
        if (state.State.RetentionYears == 0)
        {
            return 0;
        }

        var today = Today();
        var expired = ListedCases
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedOn is { } closed && closed.AddYears(state.State.RetentionYears) < today)
            .Select(c => c.CaseId)
            .ToList();
        var purged = new List<CaseSummary>();
        using (CallerContext.EnterSystem(signer))
        {
            foreach (var id in expired)
            {
                if (await GrainFactory.Grain<ICaseGrain>($"{this.GetPrimaryKeyString()}/{id}").Purge(today, state.State.RetentionYears) is { } entry)
                {
                    purged.Add(entry);
                }
            }
        }

        foreach (var entry in purged)
        {
            await Upsert(entry);
        }

        return purged.Count;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == RetentionReminder)
        {
            await PurgeExpired();
        }
    }
}
