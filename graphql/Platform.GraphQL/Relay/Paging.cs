using System.Buffers.Text;
using System.Text;
using GraphQL.Builders;

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
    public static int PageSize(int? first) => PageSize(first, nameof(first));

    private static int PageSize(int? size, string name) => size switch
    {
        null => DefaultPageSize,
        < 0 => throw new ApiException(ErrorCodes.BadUserInput, $"{name} must not be negative."),
        > MaxPageSize => throw new ApiException(ErrorCodes.BadUserInput, $"{name} may be at most {MaxPageSize}."),
        _ => size.Value,
    };

    /// <summary>Builds the page after <paramref name="after"/> from items sorted by <paramref name="keyOf"/>.</summary>
    public static Connection<T> Page<T>(IReadOnlyList<T> sorted, Func<T, string> keyOf, int? first, string? after) =>
        Page(sorted, keyOf, first, after, last: null, before: null);

    /// <summary>Builds the page the field's <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> arguments ask for.</summary>
    public static Connection<T> Page<T>(IReadOnlyList<T> sorted, Func<T, string> keyOf, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Page(sorted, keyOf, context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
    }

    /// <summary>
    /// Builds a page from items sorted by <paramref name="keyOf"/>: the items between
    /// <paramref name="after"/> and <paramref name="before"/> (both exclusive), then the first
    /// <paramref name="first"/> of them, or the last <paramref name="last"/>.
    /// </summary>
    public static Connection<T> Page<T>(IReadOnlyList<T> sorted, Func<T, string> keyOf, int? first, string? after, int? last, string? before)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (first is not null && last is not null)
            throw new ApiException(ErrorCodes.BadUserInput, "Send first or last, not both.");
        var start = after is null ? 0 : UpperBound(sorted, keyOf, DecodeCursor(after, nameof(after)));
        var end = before is null ? sorted.Count : Math.Max(start, LowerBound(sorted, keyOf, DecodeCursor(before, nameof(before))));
        int from, to;
        if (last is not null)
        {
            to = end;
            from = Math.Max(start, end - PageSize(last, nameof(last)));
        }
        else
        {
            from = start;
            to = Math.Min(end, start + PageSize(first));
        }

        var edges = new List<Edge<T>>(to - from);
        for (var i = from; i < to; i++)
            edges.Add(new Edge<T>(EncodeCursor(keyOf(sorted[i])), sorted[i]));

        var pageInfo = new PageInfo(
            HasNextPage: to < sorted.Count,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : after,
            HasPreviousPage: from > 0,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null);
        return new Connection<T>(edges, pageInfo, sorted.Count);
    }

    /// <summary>The opaque cursor of a key.</summary>
    public static string EncodeCursor(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("c:" + key));

    /// <summary>The key inside a cursor this API issued; <c>BAD_USER_INPUT</c> for anything else.</summary>
    public static string DecodeCursor(string cursor) => DecodeCursor(cursor, "after");

    private static string DecodeCursor(string cursor, string name)
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

        throw new ApiException(ErrorCodes.BadUserInput, $"{name} is not a cursor this API issued.");
    }

    // The index of the first item whose key sorts after key.
    private static int UpperBound<T>(IReadOnlyList<T> sorted, Func<T, string> keyOf, string key) =>
        Bound(sorted, keyOf, key, inclusive: true);

    // The index of the first item whose key sorts at or after key.
    private static int LowerBound<T>(IReadOnlyList<T> sorted, Func<T, string> keyOf, string key) =>
        Bound(sorted, keyOf, key, inclusive: false);

    private static int Bound<T>(IReadOnlyList<T> sorted, Func<T, string> keyOf, string key, bool inclusive)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var order = string.CompareOrdinal(keyOf(sorted[mid]), key);
            if (order < 0 || (inclusive && order == 0))
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

    /// <summary>Adds <c>first</c> and <c>after</c>, for paging forwards, to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> ForwardPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", $"The first this many items (at most {MaxPageSize}, {DefaultPageSize} when omitted) after after, or of all.")
            .Argument<StringGraphType>("after", "An endCursor: only items after it.");
    }

    /// <summary>Adds <c>last</c> and <c>before</c>, for paging backwards, to a connection field that pages with <see cref="Page{T}(IReadOnlyList{T}, Func{T, string}, IResolveFieldContext)"/>.</summary>
    public static FieldBuilder<TSource, TReturn> BackwardPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("last", $"The last this many items (at most {MaxPageSize}) before before, or of all; not with first.")
            .Argument<StringGraphType>("before", "A startCursor: only items before it.");
    }
}
