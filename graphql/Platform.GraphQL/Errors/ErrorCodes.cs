namespace Platform.GraphQL.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values of GraphQL errors (see the API contract, "Conventions").
/// Integrators branch on these, so they never change meaning.
/// </summary>
public static class ErrorCodes
{
    /// <summary>No valid token was presented for something that needs one.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller is known but its tenant or role does not allow this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The object does not exist (or the caller may not know that it does).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The request itself is malformed: bad JSON, bad GraphQL, bad arguments.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The query exceeds a depth, cost, alias or batch limit.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>The caller sent too many requests.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>A change could not be saved (the data store is unreachable, or a concurrent change won); nothing was saved; retry.</summary>
    public const string Unavailable = "UNAVAILABLE";

    /// <summary>
    /// Automatic persisted queries (Apollo): no query is known by the sha256 hash sent; send it
    /// again with the query text.
    /// </summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Automatic persisted queries are off: send the query text instead of its hash.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The sha256 hash sent with a query text is not the hash of that text.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Something failed on our side; details are in the logs, never in the response.</summary>
    public const string Internal = "INTERNAL";
}
