namespace Platform.GraphQL.Errors;

/// <summary>
/// An error a resolver raises on purpose: its message is safe to show and its code is one of
/// <see cref="ErrorCodes"/>. Any other exception is reported as <see cref="ErrorCodes.Internal"/>.
/// </summary>
public sealed class ApiException : ExecutionError
{
    /// <summary>Creates the error with a stable code and a message safe for the caller.</summary>
    public ApiException(string code, string message) : base(message)
    {
        Code = code;
    }
}
