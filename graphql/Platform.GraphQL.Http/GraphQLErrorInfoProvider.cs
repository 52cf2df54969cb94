using System.Collections.Frozen;
using Platform.Tenants.Common;

namespace Platform.GraphQL.Http;

/// <summary>
/// Shapes every error in a response as <c>{ message, locations, path, extensions: { code, detail? } }</c>
/// where <c>code</c> is always one of <see cref="ErrorCodes"/>. Errors of the request itself (syntax,
/// validation, variables) become <see cref="ErrorCodes.BadUserInput"/> with GraphQL.NET's own code
/// as <c>detail</c>; anything not raised on purpose becomes <see cref="ErrorCodes.Internal"/> with
/// a generic message, since exception messages can carry data the caller must not see.
/// </summary>
/// <param name="hideSuggestions">
/// Whether to cut "Did you mean ...?" from validation messages: they name fields and types the
/// caller did not ask for, which is introspection by guessing.
/// </param>
internal sealed class GraphQLErrorInfoProvider(bool hideSuggestions = false) : IErrorInfoProvider
{
    private const string Suggestion = " Did you mean ";

    /// <summary>The only message an <see cref="ErrorCodes.Internal"/> error ever carries.</summary>
    public const string InternalMessage = "An internal error occurred.";

    // A rule or resolver that already chose one of the contract's codes (an authorization rule
    // answering FORBIDDEN, a complexity rule answering QUERY_TOO_COMPLEX) keeps it.
    private static readonly FrozenSet<string> StableCodes = new[]
    {
        ErrorCodes.Unauthenticated, ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.BadUserInput,
        ErrorCodes.QueryTooComplex, ErrorCodes.RateLimited, ErrorCodes.Internal, ErrorCodes.Unavailable,
        ErrorCodes.PersistedQueryNotFound, ErrorCodes.PersistedQueryNotSupported, ErrorCodes.PersistedQueryHashMismatch,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The contract code of an error, and GraphQL.NET's more specific code when it says more.
    /// </summary>
    public static (string Code, string? Detail) Classify(ExecutionError error) => error switch
    {
        ApiException { Code: { } code } => (code, null),
        { Code: { } code } when StableCodes.Contains(code) => (code, null),
        _ when Find<Tenants.Common.AccessDeniedException>(error) is not null => (ErrorCodes.Forbidden, null),
        _ when TransientFaults.IsTransient(error.InnerException) => (ErrorCodes.Unavailable, null),
        DocumentError or RequestError => (ErrorCodes.BadUserInput, error.Code),
        _ => (ErrorCodes.Internal, null),
    };

    /// <inheritdoc/>
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);

        var (code, detail) = Classify(executionError);
        var isInternal = code == ErrorCodes.Internal;
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        // Extensions a resolver attached on purpose travel along, but never replace the code,
        // and nothing from an internal failure does: it may describe our internals.
        if (!isInternal && executionError.Extensions is { Count: > 0 } custom)
        {
            foreach (var (key, value) in custom)
                extensions[key] = value;
        }
        extensions["code"] = code;
        // Clients and gateways retry on this flag alone, whatever the code's wording.
        if (code == ErrorCodes.Unavailable)
            extensions["retryable"] = true;
        if (detail is not null && detail != code)
            extensions["detail"] = detail;

        // The grains' own refusals carry messages written to be shown; use them as they are.
        var safe = (Exception?)Find<Tenants.Common.AccessDeniedException>(executionError) ?? Find<Tenants.Common.StorageUnavailableException>(executionError);
        return new ErrorInfo
        {
            Message = isInternal ? InternalMessage
                : safe is not null ? safe.Message
                : code == ErrorCodes.Unavailable && executionError is not ApiException && executionError.Code != ErrorCodes.Unavailable ? TransientFaults.Message
                : hideSuggestions && executionError is DocumentError ? WithoutSuggestion(executionError.Message)
                : executionError.Message,
            Extensions = extensions,
        };
    }

    private static T? Find<T>(Exception error)
        where T : Exception
    {
        for (var e = error.InnerException; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    // GraphQL.NET appends its suggestion as the message's last sentence.
    private static string WithoutSuggestion(string message)
    {
        var at = message.IndexOf(Suggestion, StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
