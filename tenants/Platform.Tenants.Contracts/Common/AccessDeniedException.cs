namespace Platform.Tenants.Common;

/// <summary>
/// Thrown by a grain when the verified caller may not do what it asked. The API reports it as
/// <c>FORBIDDEN</c>; the message names no personal data.
/// </summary>
[GenerateSerializer, Alias("platform.access-denied.v1")]
public sealed class AccessDeniedException : Exception
{
    /// <summary>Creates the exception with a message safe to show to the caller.</summary>
    public AccessDeniedException(string message) : base(message)
    {
    }
}
