namespace Platform.GraphQL.Http;

/// <summary>Why a request was turned away before it reached GraphQL execution.</summary>
/// <param name="StatusCode">The HTTP status to answer with.</param>
/// <param name="Message">A message safe to show the caller.</param>
/// <param name="Allow">The <c>Allow</c> header value for a 405.</param>
internal readonly record struct RequestRejection(int StatusCode, string Message, string? Allow = null);
