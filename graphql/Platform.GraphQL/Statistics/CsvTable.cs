using System.Text;

namespace Platform.GraphQL.Statistics;

/// <summary>
/// A table written as RFC 4180 CSV: CRLF line ends, and a cell with a comma, a double quote or
/// a line break in double quotes (its quotes doubled). Headers are the column keys
/// (<c>fiscal_year</c>) or their Japanese labels from <see cref="StatisticsCsvLabels"/>. Code
/// columns (<see cref="StatisticsCsvLabels.CodeColumns"/>) are written in spreadsheet text form,
/// <c>="01"</c>, so that Excel keeps the leading zero of 01 (北海道), unless plain codes are asked for.
/// </summary>
public sealed class CsvTable
{
    private readonly List<string> _keys = [];
    private readonly List<IReadOnlyList<string>> _rows = [];

    /// <summary>Sets the column keys.</summary>
    public void Header(IEnumerable<string> keys)
    {
        _keys.Clear();
        _keys.AddRange(keys);
    }

    /// <summary>Adds a row of cells, one per column.</summary>
    public void Row(IEnumerable<string> cells)
    {
        var row = cells.ToList();
        if (row.Count != _keys.Count)
            throw new InvalidOperationException($"A CSV row has {row.Count} cells for {_keys.Count} columns.");
        _rows.Add(row);
    }

    /// <summary>The table as CSV text (without byte order mark).</summary>
    /// <param name="japanese">Japanese column labels instead of the keys.</param>
    /// <param name="excelCodes">Code columns as <c>="01"</c> rather than <c>01</c>.</param>
    public string Write(bool japanese, bool excelCodes)
    {
        var text = new StringBuilder();
        AppendLine(text, _keys.Select(key => japanese ? StatisticsCsvLabels.Japanese(key) : key));
        var codeColumns = _keys.Select(StatisticsCsvLabels.CodeColumns.Contains).ToList();
        foreach (var row in _rows)
            AppendLine(text, row.Select((cell, i) => excelCodes && codeColumns[i] ? "=\"" + cell + "\"" : cell));
        return text.ToString();
    }

    /// <summary>One cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
}
