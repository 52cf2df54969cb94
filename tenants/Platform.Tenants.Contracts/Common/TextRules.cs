namespace Platform.Tenants.Common;

/// <summary>
/// Characters no text input may carry: control characters (NUL and the rest; line breaks and
/// tabs only in multi-line notes) and the bidirectional embedding, override and isolate marks
/// (U+202A–U+202E, U+2066–U+2069), which make stored text display as something else.
/// </summary>
public static class TextRules
{
    /// <summary>The stable code of the user error.</summary>
    public const string InvalidCharacters = "INVALID_CHARACTERS";

    /// <summary>True when <paramref name="value"/> holds a character no input may carry.</summary>
    /// <param name="value">The text.</param>
    /// <param name="multiLine">Whether line breaks and tabs are allowed (notes, questions, advice).</param>
    public static bool HasForbiddenCharacters(string? value, bool multiLine)
    {
        foreach (var c in value ?? "")
        {
            if (c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069')
            {
                return true;
            }

            if (char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The user error for <paramref name="field"/>, or null when its text is fine.</summary>
    public static UserError? Check(string? value, bool multiLine, params string[] field) =>
        HasForbiddenCharacters(value, multiLine)
            ? new(InvalidCharacters, $"{field[^1]} contains control or bidirectional-override characters.", ["input", .. field])
            : null;
}
