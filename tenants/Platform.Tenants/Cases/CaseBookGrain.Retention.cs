using Platform.Tenants.Common;
using Platform.Tenants.Access;

namespace Platform.Tenants.Cases;

/// <summary>Retention: a tenant setting and a durable reminder that purges expired files.</summary>
public sealed partial class CaseBookGrain : IRemindable
{
    /// <summary>The reminder's name.</summary>
    public const string RetentionReminder = "retention";

    /// <summary>The fewest and most years a tenant may keep closed cases.</summary>
    public const int MinRetentionYears = 1, MaxRetentionYears = 30;

    /// <inheritdoc />
    public async Task<int> SetRetention(int years)
    {
        if (years is < MinRetentionYears or > MaxRetentionYears)
        {
            throw new ArgumentOutOfRangeException(nameof(years), $"Retention must be {MinRetentionYears} to {MaxRetentionYears} years.");
        }

        state.State.TenantCode = this.GetPrimaryKeyString();
        state.State.RetentionYears = years;
        await state.WriteStateAsync();

        // Durable: the reminder lives in the reminder table and fires after restarts too.
        await this.RegisterOrUpdateReminder(RetentionReminder, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        return years;
    }

    /// <inheritdoc />
    public Task<int> GetRetention() => Task.FromResult(state.State.RetentionYears);

    /// <inheritdoc />
    public async Task<int> PurgeExpired()
    {
        if (state.State.RetentionYears == 0)
        {
            return 0;
        }

        var today = Today();
        var expired = AllCases
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedOn is { } closed && closed.AddYears(state.State.RetentionYears) < today)
            .Select(c => c.CaseId)
            .ToList();
        var purged = new List<CaseSummary>();
        using (CallerContext.EnterSystem(signer))
        {
            foreach (var id in expired)
            {
                if (await GrainFactory.GetGrain<ICaseGrain>($"{this.GetPrimaryKeyString()}/{id}").Purge(today, state.State.RetentionYears) is { } entry)
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
