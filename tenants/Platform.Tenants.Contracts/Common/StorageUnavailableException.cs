namespace Platform.Tenants.Common;

/// <summary>
/// A change could not be saved: the database is unreachable, or another change to the same
/// object was saved first. Nothing was saved; the caller may retry. The API reports it as
/// <c>UNAVAILABLE</c> with this message, which names no internals.
/// </summary>
[GenerateSerializer, Alias("platform.storage-unavailable.v1")]
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception with a message safe to show to the caller.</summary>
    public StorageUnavailableException(string message) : base(message)
    {
    }
}
