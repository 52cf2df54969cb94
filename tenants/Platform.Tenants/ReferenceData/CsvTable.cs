using System.Reflection;

namespace Platform.Tenants.ReferenceData;

/// <summary>
/// A small reader for the reference CSV files embedded in this assembly (UTF-8, a header row,
/// no quoted fields). Malformed rows stop the start with the file and line named.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string name, string[] header, List<string[]> rows)
    {
        Name = name;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Load(string fileName)
    {
        var assembly = typeof(CsvTable).Assembly;
        using var stream = assembly.GetManifestResourceStream($"ReferenceData.{fileName}")
            ?? throw new InvalidDataException($"Reference data file {fileName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{fileName} is empty.")).TrimStart('\uFEFF').Split(',');
        var rows = new List<string[]>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            if (cells.Length != header.Length)
            {
                throw new InvalidDataException($"{fileName} line {lineNumber}: {cells.Length} cells, {header.Length} expected.");
            }

            rows.Add(cells);
        }

        return new CsvTable(fileName, header, rows);
    }

    public string Cell(string[] row, string column) =>
        _columns.TryGetValue(column, out var index)
            ? row[index]
            : throw new InvalidDataException($"{Name} has no column {column}.");

    public int IntCell(string[] row, string column) =>
        int.TryParse(Cell(row, column), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{Name}: {column} '{Cell(row, column)}' is not a number.");
}
