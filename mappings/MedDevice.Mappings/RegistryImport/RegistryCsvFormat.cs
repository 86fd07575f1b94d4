using System.Text;
using MedDevice.Mappings.Common;

namespace MedDevice.Mappings.RegistryImport;

/// <summary>
/// The bulk-import CSV: UTF-8, a header row naming the columns (any order; unknown columns are ignored), one
/// registry entry per row. Column names and their meaning are documented in the README ("Registry bulk import").
/// </summary>
public sealed class RegistryCsvFormat
{
    /// <summary>The registration number (số lưu hành).</summary>
    public const string RegistrationNumber = "registration_number";

    /// <summary>The UDI device identifier.</summary>
    public const string UdiDi = "udi_di";

    /// <summary>GS1 or HIBCC (optional: 14 digits → GS1, else HIBCC).</summary>
    public const string UdiIssuer = "udi_issuer";

    /// <summary>The registered Vietnamese name.</summary>
    public const string DeviceName = "device_name";

    /// <summary>The code system of <see cref="TypeCode"/>.</summary>
    public const string TypeSystem = "type_system";

    /// <summary>The device type code.</summary>
    public const string TypeCode = "type_code";

    /// <summary>The device type as text.</summary>
    public const string TypeText = "type_text";

    /// <summary>The manufacturer.</summary>
    public const string Manufacturer = "manufacturer";

    /// <summary>The model number.</summary>
    public const string Model = "model";

    /// <summary>A, B, C or D.</summary>
    public const string RiskClass = "risk_class";

    /// <summary>The holder's tax code.</summary>
    public const string HolderTaxCode = "holder_tax_code";

    /// <summary>The holder's name.</summary>
    public const string HolderName = "holder_name";

    /// <summary>active (default when blank), inactive, entered-in-error.</summary>
    public const string Status = "status";

    /// <summary>Every column, in the order the sandbox generator writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [RegistrationNumber, UdiDi, UdiIssuer, DeviceName, TypeSystem, TypeCode, TypeText, Manufacturer, Model, RiskClass, HolderTaxCode, HolderName, Status];

    /// <summary>Columns a header must name.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [DeviceName, RiskClass, HolderTaxCode, HolderName];

    private static readonly HashSet<string> Statuses = new(StringComparer.OrdinalIgnoreCase) { "active", "inactive", "entered-in-error", "unknown" };

    private readonly int[] _index;
    private readonly int _fieldCount;

    private RegistryCsvFormat(int[] index, int fieldCount)
    {
        _index = index;
        _fieldCount = fieldCount;
    }

    /// <summary>The header row the generator writes.</summary>
    public static string HeaderRow => string.Join(',', Columns);

    /// <summary>Reads the header's fields; null with the issues when a required column is missing or a column is named twice.</summary>
    public static RegistryCsvFormat? FromHeader(IReadOnlyList<string> header, List<MappingIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(issues);
        var names = header.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var index = Columns.Select(c => names.IndexOf(c)).ToArray();
        foreach (var duplicate in names.Where(n => n.Length > 0).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new(RegistryEntryErrorCodes.BadHeader, $"The header names column '{duplicate.Key}' twice."));
        }

        foreach (var missing in RequiredColumns.Where(c => !names.Contains(c)))
        {
            issues.Add(new(RegistryEntryErrorCodes.BadHeader, $"The header lacks the required column '{missing}'."));
        }

        if (!names.Contains(RegistrationNumber) && !names.Contains(UdiDi))
        {
            issues.Add(new(RegistryEntryErrorCodes.BadHeader, $"The header needs '{RegistrationNumber}' or '{UdiDi}'."));
        }

        return issues.Count == 0 ? new RegistryCsvFormat(index, names.Count) : null;
    }

    /// <summary>Formats one entry as a CSV row in <see cref="Columns"/> order (no line break).</summary>
    public static string FormatRow(RegistryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var builder = new StringBuilder(256);
        string?[] values = [entry.RegistrationNumber, entry.UdiDi, entry.UdiIssuer, entry.DeviceName, entry.TypeSystem, entry.TypeCode,
            entry.TypeText, entry.Manufacturer, entry.Model, entry.RiskClass, entry.HolderTaxCode, entry.HolderName, entry.Status];
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            CsvFields.Append(builder, values[i]);
        }

        return builder.ToString();
    }

    /// <summary>The entry of one row's fields; null with the issues when the row cannot be read.</summary>
    public RegistryEntry? ToEntry(IReadOnlyList<string> fields, List<MappingIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(issues);
        if (fields.Count != _fieldCount)
        {
            issues.Add(new(RegistryEntryErrorCodes.MalformedRow, $"Expected {_fieldCount} fields as in the header, found {fields.Count}."));
            return null;
        }

        var status = Field(fields, 12);
        if (status is not null && !Statuses.Contains(status))
        {
            issues.Add(new(RegistryEntryErrorCodes.InvalidStatus, "status: expected active, inactive, entered-in-error or unknown."));
            return null;
        }

        return new RegistryEntry(Field(fields, 0), Field(fields, 1), Field(fields, 2), Field(fields, 3), Field(fields, 4), Field(fields, 5),
            Field(fields, 6), Field(fields, 7), Field(fields, 8), Field(fields, 9), Field(fields, 10), Field(fields, 11), status);
    }

    private string? Field(IReadOnlyList<string> fields, int column)
    {
        var position = _index[column];
        return position < 0 || string.IsNullOrWhiteSpace(fields[position]) ? null : fields[position].Trim();
    }
}
