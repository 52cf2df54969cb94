namespace Platform.Tenants.Common;

/// <summary>Grain state that remembers the client commands it applied (see <see cref="AppliedCommands"/>).</summary>
public interface IRemembersCommands
{
    /// <summary>The commands applied, by caller and client mutation id: ids only.</summary>
    AppliedCommands Applied { get; }
}

/// <summary>Starts a <see cref="ClientCommand{TState}"/>.</summary>
public static class ClientCommand
{
    /// <summary>
    /// A command of <paramref name="caller"/> that the client may send again with the same
    /// <paramref name="clientMutationId"/> (none: each call is a new command).
    /// </summary>
    /// <param name="state">The grain's state, which remembers the command when it is applied.</param>
    /// <param name="caller">The verified caller: commands of different callers never meet.</param>
    /// <param name="clientMutationId">The client's id for the command.</param>
    /// <param name="logger">Where a failed trace of a failed write is told.</param>
    /// <param name="kind">Keeps apart commands of one grain whose ids could collide (for example "consultation").</param>
    public static ClientCommand<TState> Of<TState>(IStorage<TState> state, Caller caller, string? clientMutationId, ILogger logger, string kind = "")
        where TState : IRemembersCommands =>
        new(state, AppliedCommands.KeyOf(caller, clientMutationId, kind), logger);
}

/// <summary>
/// One client command, run once however often it is sent: the grain asks
/// <see cref="WasApplied"/> first and answers a retry by reading again what the first run applied
/// to (as any read, checked as of now: never a stored reply); otherwise it checks the command
/// without touching its state and hands the change to <see cref="Apply{TResult}"/>, which traces
/// it, makes it, remembers it and stores it in that order.
/// </summary>
/// <typeparam name="TState">The grain's state.</typeparam>
public sealed class ClientCommand<TState>
    where TState : IRemembersCommands
{
    private readonly IStorage<TState> _state;
    private readonly string? _key;
    private readonly ILogger _logger;

    internal ClientCommand(IStorage<TState> state, string? key, ILogger logger) =>
        (_state, _key, _logger) = (state, key, logger);

    /// <summary>True when this command was applied before; <paramref name="appliedTo"/> is the id of what it made or changed.</summary>
    public bool WasApplied(out string appliedTo) => _state.State.Applied.TryGet(_key, out appliedTo);

    /// <summary>
    /// Applies the checked command: the trace first (a change that cannot be audited is not
    /// made), then <paramref name="change"/> to the state in memory, remembered as applied to
    /// <paramref name="appliedTo"/>, then one write of both. When the write fails its failure is
    /// traced (best effort: the database may be what failed) and the error goes on to the silo's
    /// storage failure filter, which drops the activation so nothing half-written is served.
    /// </summary>
    /// <param name="appliedTo">The id a retry reads again.</param>
    /// <param name="change">The change to the state; it runs only after the command is known to apply.</param>
    /// <param name="reply">The answer to the caller.</param>
    /// <param name="audit">Writes the trace with the outcome given; null for a command that is not audited.</param>
    /// <param name="store">How the grain stores the change, when more than its state's write (for example a pending report).</param>
    public async Task<TResult> Apply<TResult>(string appliedTo, Action change, TResult reply, Func<AuditOutcome, Task>? audit = null, Func<Task>? store = null)
    {
        if (audit is not null)
        {
            await audit(AuditOutcome.Allowed);
        }

        change();
        _state.State.Applied.Remember(_key, appliedTo);
        try
        {
            await (store is null ? _state.WriteStateAsync() : store());
        }
        catch when (audit is not null)
        {
            try
            {
                await audit(AuditOutcome.Failed);
            }
            catch (Exception auditFailure)
            {
                _logger.LogError(auditFailure, "Could not record the failed write of a command applied to {AppliedTo}", appliedTo);
            }

            throw;
        }

        return reply;
    }
}
