using System.Collections.Concurrent;
using Platform.Tenants.Security;

namespace Platform.GraphQL.Infrastructure;

/// <summary>
/// Directory search by name or kana. It normalises the way case search does
/// (<see cref="BlindIndexNormalization.Kana"/>: full/half width folded, katakana to hiragana,
/// lower case, no spaces), so "ニシトウキョウ", "にしとうきょう" and "西東京" each find 西東京市.
/// </summary>
public static class KanaSearch
{
    /// <summary>The longest search text accepted.</summary>
    public const int MaxLength = 100;

    // Directory names and kana are a fixed set of about 3,500 strings: each is normalised once,
    // not on every search request.
    private static readonly ConcurrentDictionary<string, string> DirectoryTerms = new(StringComparer.Ordinal);

    /// <summary>The normalised form of <paramref name="text"/> (a search entered by a user).</summary>
    public static string Normalize(string text) => BlindIndexNormalization.Kana(text);

    /// <summary>The normalised form of a name or kana from the directory, cached.</summary>
    public static string NormalizeDirectoryTerm(string term) => DirectoryTerms.GetOrAdd(term, BlindIndexNormalization.Kana);
}
