using System.Text;

namespace MedDevice.Mappings.RegistryImport;

/// <summary>RFC 4180 fields: comma-separated, a field in double quotes may hold commas, line breaks and doubled quotes.</summary>
public static class CsvFields
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Splits one record into <paramref name="fields"/> (cleared first). False when a quote is not terminated.</summary>
    public static bool TrySplit(ReadOnlySpan<char> record, List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.Clear();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < record.Length && record[i] == '"')
            {
                i++;
                while (true)
                {
                    var quote = record[i..].IndexOf('"');
                    if (quote < 0)
                    {
                        return false;
                    }

                    field.Append(record.Slice(i, quote));
                    i += quote + 1;
                    if (i < record.Length && record[i] == '"')
                    {
                        field.Append('"');
                        i++;
                        continue;
                    }

                    break;
                }

                var rest = record[i..].IndexOf(',');
                // Text between the closing quote and the next comma is malformed but harmless: keep it.
                field.Append(rest < 0 ? record[i..] : record.Slice(i, rest));
                i = rest < 0 ? record.Length : i + rest;
            }
            else
            {
                var comma = record[i..].IndexOf(',');
                field.Append(comma < 0 ? record[i..] : record.Slice(i, comma));
                i = comma < 0 ? record.Length : i + comma;
            }

            fields.Add(field.ToString());
            if (i >= record.Length)
            {
                return true;
            }

            i++; // the comma
        }
    }

    /// <summary>True when <paramref name="text"/> ends inside a quoted field (the record continues on the next line).</summary>
    public static bool EndsInsideQuotes(ReadOnlySpan<char> text) => text.Count('"') % 2 == 1;

    /// <summary>Appends <paramref name="value"/> as one field, quoted when it must be.</summary>
    public static void Append(StringBuilder builder, string? value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.IndexOfAny(NeedsQuotes) < 0)
        {
            builder.Append(value);
            return;
        }

        builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
