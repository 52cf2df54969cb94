using System.Text;

namespace Platform.GraphQL.Infrastructure;

/// <summary>
/// Normalises names for directory search: full-width/half-width folding (NFKC), katakana to
/// hiragana, lower case. "ニシトウキョウ", "にしとうきょう" and "西東京" each find 西東京市.
/// </summary>
public static class KanaSearch
{
    /// <summary>The longest search text accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            // Katakana ァ..ヶ sit exactly 0x60 above their hiragana.
            builder.Append(c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c);
        }

        return builder.ToString();
    }
}
