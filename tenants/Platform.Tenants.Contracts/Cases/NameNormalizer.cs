using System.Text;
using Platform.Tenants.Security;

namespace Platform.Tenants.Cases;

/// <summary>The terms a case's kana is blind-indexed under, normalised as search normalises them.</summary>
public static class NameNormalizer
{
    /// <summary>The whole name, and each space-separated part (family name, given name).</summary>
    public static IEnumerable<string> IndexTerms(string? kana)
    {
        if (string.IsNullOrWhiteSpace(kana))
        {
            yield break;
        }

        var whole = BlindIndexNormalization.Kana(kana);
        yield return whole;
        foreach (var part in kana.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var normalized = BlindIndexNormalization.Kana(part);
            if (normalized.Length > 0 && normalized != whole)
            {
                yield return normalized;
            }
        }
    }
}
