using System.Globalization;
using Sylvan.Data.Csv;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>A seed file that cannot be read. The message names the file, the line and the problem.</summary>
public sealed class SeedFileException(string message) : Exception(message);

/// <summary>
/// Reads one CSV file from <c>seed/</c> with an exact header, giving each row with its line
/// number so that any problem is reported where a person can find it.
/// </summary>
public sealed class SeedFile
{
    private readonly string _path;
    private readonly string[] _columns;

    public SeedFile(string directory, string fileName, params string[] columns)
    {
        _path = Path.Combine(directory, fileName);
        FileName = fileName;
        _columns = columns;
    }

    public string FileName { get; }

    public IEnumerable<SeedRow> Rows()
    {
        if (!File.Exists(_path))
            throw new SeedFileException($"Seed file {_path} is missing.");

        using var reader = CsvDataReader.Create(_path, new CsvDataReaderOptions { HasHeaders = true });
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        if (!header.SequenceEqual(_columns, StringComparer.Ordinal))
            throw new SeedFileException(
                $"{FileName} line 1: the header is '{string.Join(",", header)}' but should be '{string.Join(",", _columns)}'.");

        while (ReadRow(reader))
        {
            // RowNumber counts data rows from 1; the header is line 1 of the file.
            var line = reader.RowNumber + 1;
            if (reader.RowFieldCount != _columns.Length)
                throw new SeedFileException(
                    $"{FileName} line {line}: {reader.RowFieldCount} values where the header has {_columns.Length}.");
            var values = _columns.Select((name, index) => (name, value: reader.GetString(index)))
                .ToDictionary(pair => pair.name, pair => pair.value, StringComparer.Ordinal);
            yield return new SeedRow(FileName, line, values);
        }
    }

    private bool ReadRow(CsvDataReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException ex)
        {
            throw new SeedFileException($"{FileName} line {ex.RowNumber + 1}: the file is not well-formed CSV ({ex.Message})");
        }
    }
}

/// <summary>One row of a seed file, with typed accessors that fail with the file, line and column.</summary>
public sealed class SeedRow(string fileName, int line, IReadOnlyDictionary<string, string> values)
{
    public string FileName => fileName;
    public int Line => line;

    public SeedFileException Error(string column, string reason) =>
        new($"{fileName} line {line}, column '{column}': {reason}");

    public string? Optional(string column)
    {
        var value = values[column].Trim();
        return value.Length == 0 ? null : value;
    }

    public string Required(string column) =>
        Optional(column) ?? throw Error(column, "a value is required.");

    public int Int(string column) =>
        int.TryParse(Required(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{values[column]}' is not a whole number.");

    public decimal Decimal(string column) =>
        OptionalDecimal(column) ?? throw Error(column, "a value is required.");

    public decimal? OptionalDecimal(string column)
    {
        var text = Optional(column);
        if (text is null) return null;
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a number.");
    }

    /// <summary>Dates in seed files are ISO 8601 (2007-09-14), the only unambiguous form.</summary>
    public DateOnly Date(string column) =>
        DateOnly.TryParseExact(Required(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Error(column, $"'{values[column]}' is not a date in the form 2007-09-14.");

    public TEnum Enum<TEnum>(string column) where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(Required(column), ignoreCase: false, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Error(column, $"'{values[column]}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");

    public IReadOnlyList<string> List(string column) =>
        (Optional(column) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
