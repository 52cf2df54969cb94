using System.Reflection;

namespace Platform.Tenants.Directory;

/// <summary>
/// A small reader for the reference CSV files embedded in an assembly as
/// <c>ReferenceData.{file}</c> (UTF-8, a header row, no quoted fields): the directory's lists here
/// and the published program lists beside the grains. Malformed rows stop the start with the file
/// and line named.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string name, string[] header, List<string[]> rows)
    {
        Name = name;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        Rows = rows;
    }

    /// <summary>The file name, for error messages.</summary>
    public string Name { get; }

    /// <summary>The rows after the header, blank lines left out.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads <paramref name="fileName"/> embedded in <paramref name="assembly"/>.</summary>
    public static CsvTable Load(Assembly assembly, string fileName)
    {
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

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>.</summary>
    public string Cell(string[] row, string column) =>
        _columns.TryGetValue(column, out var index)
            ? row[index]
            : throw new InvalidDataException($"{Name} has no column {column}.");

    /// <summary>The cell of <paramref name="column"/> as a non-negative whole number.</summary>
    public int IntCell(string[] row, string column) =>
        int.TryParse(Cell(row, column), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{Name}: {column} '{Cell(row, column)}' is not a number.");

    /// <summary>The cell of <paramref name="column"/> as an LG code whose check digit is right.</summary>
    public string LgCodeCell(string[] row, string column) =>
        Cell(row, column) is var code && LgCode.IsValid(code)
            ? code
            : throw new InvalidDataException($"{Name}: '{Cell(row, column)}' is not a valid LG code (check digit).");
}
