using System.Data.Common;
using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace Platform.GraphQL.Errors;

/// <summary>
/// The failures that say nothing about the request, only about the moment: a silo left or is
/// unreachable, a message was rejected or timed out, the database is unreachable, restarting or
/// out of pooled connections, or a concurrent write won even after the grain's retries. The
/// same request may succeed on retry, so the caller sees <see cref="ErrorCodes.Unavailable"/>
/// with <c>retryable: true</c>, never <see cref="ErrorCodes.Internal"/> (which is for bugs).
/// </summary>
public static class TransientFaults
{
    /// <summary>The message of a transient fault that carries none of its own safe to show.</summary>
    public const string Message = "The service is briefly unavailable; nothing was saved. Retry shortly.";

    /// <summary>Whole seconds a client should wait before retrying (the <c>Retry-After</c> of a 503).</summary>
    public const int RetryAfterSeconds = 2;

    /// <summary>True when <paramref name="exception"/>, or one it wraps, is a transient fault.</summary>
    public static bool IsTransient(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StorageUnavailableException or SiloUnavailableException or OrleansMessageRejectionException
                or ConnectionFailedException or GatewayTooBusyException or TimeoutException
                or InconsistentStateException or DbException
                // A grain that cannot load its state fails before any call filter sees the call.
                || (e is OrleansException && e.Message.StartsWith("Error from storage provider", StringComparison.Ordinal))
                // A database exception raised on another silo (the reminder table, say) that Orleans
                // could not send back: Npgsql's exceptions have no codec.
                || (e is Orleans.Serialization.CodecNotFoundException && e.Message.Contains("type Npgsql.", StringComparison.Ordinal)))
            {
                return true;
            }

            if (e is AggregateException { InnerExceptions.Count: > 0 } aggregate)
                return aggregate.InnerExceptions.All(IsTransient);
        }

        return false;
    }
}
