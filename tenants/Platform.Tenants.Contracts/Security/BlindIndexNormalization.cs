using System.Globalization;
using System.Text;

namespace Platform.Tenants.Security;

/// <summary>How values are normalised before they are blind-indexed, so that search matches.</summary>
public static class BlindIndexNormalization
{
    /// <summary>
    /// Normalises a name in kana (フリガナ/ふりがな): Unicode NFKC (half-width katakana and
    /// full-width letters become standard forms), katakana to hiragana, lower case, and no
    /// spaces, middle dots or hyphens, so that "ヤマダ　タロウ" and "やまだたろう" index alike.
    /// </summary>
    /// <param name="kana">The name as entered.</param>
    public static string Kana(string kana)
    {
        ArgumentNullException.ThrowIfNull(kana);
        var composed = kana.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c) || c is '・' or '･' or '-' or '‐' or '－' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            // Katakana ァ (U+30A1) .. ヶ (U+30F6) sit exactly 0x60 above their hiragana; the
            // long-vowel mark ー has no hiragana twin and is kept as it is.
            builder.Append(c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
