namespace Platform.Tenants.Activities;

/// <summary>The consultation desk across fiscal years.</summary>
public sealed partial class ActivityBookGrain : IRemindable
{
    /// <summary>The name of the desk's daily reminder.</summary>
    public const string DeskReminder = "desk-years";

    /// <inheritdoc />
    public async Task CarryDeskForward()
    {
        var year = FiscalYear.Of(Today());
        if (state.State.Desk is null || state.State.DeskReportedThrough >= year)
        {
            return;
        }

        // Every year since the last one reported: a silo that was down over a year's turn misses none.
        for (var y = Math.Max(state.State.DeskReportedThrough + 1, FiscalYear.Of(state.State.Desk.Since)); y <= year; y++)
        {
            state.State.PendingRequestYears.Add(y);
        }

        state.State.DeskReportedThrough = year;
        await state.WriteStateAsync();
        await RollUp();
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == DeskReminder ? CarryDeskForward() : Task.CompletedTask;
}
