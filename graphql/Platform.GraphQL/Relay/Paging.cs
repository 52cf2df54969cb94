using System.Buffers.Text;
using System.Text;
using Platform.GraphQL.Errors;

namespace Platform.GraphQL.Relay;

/// <summary>
/// Cursor paging over a list in key order. Cursors carry the key of the last item seen, so a
/// page stays correct when items before it come or go.
/// </summary>
public static class Paging
{
    /// <summary>The page size when the client does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The page size to use; <c>BAD_USER_INPUT</c> when out of range.</summary>
    public static int PageSize(int? first) => first switch
    {
        null => DefaultPageSize,
        < 0 => throw new ApiException(ErrorCodes.BadUserInput, "first must not be negative."),
        > MaxPageSize => throw new ApiException(ErrorCodes.BadUserInput, $"first may be at most {MaxPageSize}."),
        _ => first.Value,
    };

    /// <summary>Builds the page after <paramref name="after"/> from items sorted by <paramref name="keyOf"/>.</summary>
    public static Connection<T> Page<T>(IReadOnlyList<T> sorted, Func<T, string> keyOf, int? first, string? after)
    {
        var size = PageSize(first);
        var start = 0;
        if (after is not null)
        {
            var afterKey = DecodeCursor(after);
            start = LowerBound(sorted, keyOf, afterKey);
        }

        var edges = new List<Edge<T>>(Math.Min(size, Math.Max(0, sorted.Count - start)));
        for (var i = start; i < sorted.Count && edges.Count < size; i++)
        {
            edges.Add(new Edge<T>(EncodeCursor(keyOf(sorted[i])), sorted[i]));
        }

        var hasNext = start + edges.Count < sorted.Count;
        return new Connection<T>(edges, new PageInfo(hasNext, edges.Count > 0 ? edges[^1].Cursor : after), sorted.Count);
    }

    /// <summary>The opaque cursor of a key.</summary>
    public static string EncodeCursor(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("c:" + key));

    /// <summary>The key inside a cursor this API issued; <c>BAD_USER_INPUT</c> for anything else.</summary>
    public static string DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("c:", StringComparison.Ordinal))
            {
                return text[2..];
            }
        }
        catch (FormatException)
        {
            // Reported below.
        }

        throw new ApiException(ErrorCodes.BadUserInput, "after is not a cursor this API issued.");
    }

    // The index of the first item whose key sorts after afterKey.
    private static int LowerBound<T>(IReadOnlyList<T> sorted, Func<T, string> keyOf, string afterKey)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(keyOf(sorted[mid]), afterKey) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
