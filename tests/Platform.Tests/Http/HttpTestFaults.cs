using System.Runtime.CompilerServices;
using Orleans.Runtime.Messaging;

namespace Platform.Tests.Http;

/// <summary>The transient faults a cluster under load really raises, by a short name for test data.</summary>
internal static class HttpTestFaults
{
    /// <summary>Text that must never reach a client: the database's own words.</summary>
    public const string DatabaseText = "relation \"grainstore\" at Server=db.internal password=hunter2";

    /// <summary>Every kind <see cref="Create"/> knows.</summary>
    public static readonly string[] Kinds =
        ["silo-gone", "message-rejected", "connection-failed", "timeout", "database", "pool-exhausted", "inconsistent-state", "storage-provider", "storage-unavailable", "database-across-silos"];

    /// <summary>The fault named <paramref name="kind"/>.</summary>
    public static Exception Create(string kind) => kind switch
    {
        "silo-gone" => new SiloUnavailableException(),
        // Orleans raises these itself; their constructors are not public.
        "message-rejected" => Uninitialized<OrleansMessageRejectionException>(),
        "connection-failed" => Uninitialized<ConnectionFailedException>(),
        "timeout" => new TimeoutException("Response did not arrive on time in 00:00:30 for message " + DatabaseText),
        "database" => new PostgresException(DatabaseText, "FATAL", "FATAL", "57P03"),
        "pool-exhausted" => new NpgsqlException("The connection pool has been exhausted " + DatabaseText, new TimeoutException()),
        "inconsistent-state" => new InconsistentStateException(DatabaseText),
        "storage-provider" => new OrleansException("Error from storage provider AdoNetGrainStorage." + DatabaseText, new StorageUnavailableException("x")),
        "storage-unavailable" => new StorageUnavailableException("The data store is unavailable; nothing was saved. Retry shortly."),
        // A database exception raised on another silo: Orleans cannot send it (no codec), and
        // the caller gets this instead.
        "database-across-silos" => new Orleans.Serialization.CodecNotFoundException("Could not find a codec for type Npgsql.PostgresException."),
        _ => new InvalidOperationException(kind),
    };

    private static T Uninitialized<T>() where T : Exception => (T)RuntimeHelpers.GetUninitializedObject(typeof(T));
}
