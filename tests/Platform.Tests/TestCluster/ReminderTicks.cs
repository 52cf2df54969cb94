namespace Platform.Tests.TestCluster;

/// <summary>Every reminder tick the cluster's silos deliver: which grain, which reminder, on which silo, when.</summary>
public sealed class ReminderTicks
{
    private readonly ConcurrentQueue<Tick> _ticks = new();

    /// <summary>One delivered tick.</summary>
    public sealed record Tick(GrainId Grain, string Reminder, SiloAddress Silo, DateTime At);

    /// <summary>The ticks of <paramref name="reminder"/> for <paramref name="grain"/> delivered at or after <paramref name="since"/>.</summary>
    public IReadOnlyList<Tick> Of(GrainId grain, string reminder, DateTime since) =>
        [.. _ticks.Where(t => t.Grain == grain && t.Reminder == reminder && t.At >= since)];

    /// <summary>Records each call of <see cref="IRemindable.ReceiveReminder"/> as it enters its grain.</summary>
    public sealed class Recorder(ReminderTicks ticks, ILocalSiloDetails silo) : IIncomingGrainCallFilter
    {
        /// <inheritdoc />
        public Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.InterfaceMethod?.Name == nameof(IRemindable.ReceiveReminder) && context.Request.GetArgument(0) is string name)
            {
                ticks._ticks.Enqueue(new Tick(context.TargetId, name, silo.SiloAddress, DateTime.UtcNow));
            }

            return context.Invoke();
        }
    }
}
