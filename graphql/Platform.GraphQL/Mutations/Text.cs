namespace Platform.GraphQL.Mutations;

/// <summary>Free text as the grains take it.</summary>
internal static class Text
{
    /// <summary>Trimmed, and null when blank: an empty field means "not known".</summary>
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
