namespace Platform.GraphQL.Mutations;

/// <summary>
/// The client mutation ids every mutation takes. Each is kept with the grain's replies (so a
/// retry gets the first result), so their length is bounded, for every mutation alike.
/// </summary>
internal static class ClientMutationIds
{
    /// <summary>The longest client mutation id.</summary>
    public const int MaxLength = 100;

    /// <summary>What an input's <c>clientMutationId</c> is.</summary>
    public static readonly string InputDescription = $"Any string of the client's (at most {MaxLength} characters), echoed in the payload; a retry with the same value gets the first reply instead of a second change.";

    /// <summary>What a mutation's one argument, <c>input</c>, is.</summary>
    public const string InputArgumentDescription = "What to do: the mutation's arguments as one input object, with the clientMutationId.";

    /// <summary>What a payload's <c>clientMutationId</c> is.</summary>
    public const string PayloadDescription = "The input's clientMutationId, echoed.";

    /// <summary>What a payload's <c>errors</c> are.</summary>
    public const string ErrorsDescription = "Why nothing was changed, each with a stable code and the path of the input at fault; empty on success.";

    /// <summary>The user error for an id that is too long; null when it is fine.</summary>
    public static UserError? TooLong(string? clientMutationId) =>
        clientMutationId is { Length: > MaxLength }
            ? new("TOO_LONG", $"clientMutationId may have at most {MaxLength} characters.", ["input", "clientMutationId"])
            : null;
}
