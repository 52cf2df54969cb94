using System.Data.Common;

namespace Platform.Silo.Orleans;

/// <summary>
/// When a grain call fails because its state could not be written (PostgreSQL unreachable,
/// or another activation wrote first: <see cref="InconsistentStateException"/>), the failure
/// goes back to the caller as a <see cref="Tenants.Common.StorageUnavailableException"/> and the activation is deactivated, so the next call
/// reloads the state from the database.
/// </summary>
/// <remarks>
/// A grain changes its in-memory state and then writes it. If the write fails, memory holds a
/// change the database does not, and the next read from that activation would serve it as if
/// it were saved; after an <see cref="InconsistentStateException"/> every further write would
/// fail too. Dropping the activation is the one way back to the truth. The exception is never
/// swallowed: the caller is told the write failed, and nothing was saved.
/// </remarks>
public sealed class StorageFailureFilter(ILogger<StorageFailureFilter> logger) : IIncomingGrainCallFilter
{
    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            // The grain id and the exception type only: messages can carry statement text.
            logger.LogWarning(
                "Write of {Grain} failed ({Failure}); the activation is dropped and reloads on the next call",
                context.TargetId, ex.GetType().Name);
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, ex, "Grain state could not be written."));

            // The caller learns clearly that nothing was saved and that a retry may succeed,
            // without the database's own message (it can carry statement text).
            throw new Tenants.Common.StorageUnavailableException(ex is InconsistentStateException || ex.InnerException is InconsistentStateException
                ? "Another change to the same record was saved first; nothing was saved. Reload and retry."
                : UnavailableMessage);
        }
    }

    /// <summary>What the caller is told when the database could not be reached.</summary>
    public const string UnavailableMessage = "The data store is unavailable; nothing was saved. Retry shortly.";

    /// <summary>True when <paramref name="exception"/> or one it wraps comes from grain storage.</summary>
    public static bool IsStorageFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is InconsistentStateException or DbException or TimeoutException or Tenants.Common.StorageUnavailableException)
            {
                return true;
            }
        }

        return false;
    }
}
