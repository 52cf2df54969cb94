using Platform.Tenants.Common;

namespace Platform.GraphQL.Infrastructure;

/// <summary>
/// The client mutation ids every mutation takes. Each is kept with the grain's replies (so a
/// retry gets the first result), so their length is bounded, for every mutation alike.
/// </summary>
internal static class ClientMutationIds
{
    /// <summary>The longest client mutation id.</summary>
    public const int MaxLength = 100;

    /// <summary>The user error for an id that is too long; null when it is fine.</summary>
    public static UserError? TooLong(string? clientMutationId) =>
        clientMutationId is { Length: > MaxLength }
            ? new("TOO_LONG", $"clientMutationId may have at most {MaxLength} characters.", ["input", "clientMutationId"])
            : null;
}
