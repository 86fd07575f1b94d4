using System.Text;
using Hl7.Fhir.Model;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Registry.Bulk;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryDevice;
using MedDevice.Mappings.RegistryImport;

namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>
/// Turns one source row into a prepared registry write: NDJSON through the FHIR reader, CSV through the registry-entry
/// mapper; then the registry-entry validator, the one Device indexer and the stored JSON form. Thread-safe.
/// </summary>
internal sealed class ImportRowParser(ImportFormat format, RegistryCsvFormat? csv, RegistryBulkWriter writer)
{
    /// <summary>Parses and validates <paramref name="source"/>; a row the libraries choke on is rejected, not fatal.</summary>
    public ParsedRow Parse(SourceRow source)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            return ParseRow(source);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or OverflowException or IndexOutOfRangeException)
        {
            // The exception text may quote the row: report only its type.
            return new ParsedRow(source.Line, null, [new MappingIssue(RegistryDeviceErrorCodes.NotFhirJson, $"The row could not be read ({ex.GetType().Name}).")]);
        }
    }

    private ParsedRow ParseRow(SourceRow source)
    {
        var issues = new List<MappingIssue>();
        var device = format == ImportFormat.Ndjson ? ReadDevice(source.Bytes, issues) : ReadEntry(source.Bytes, issues);
        if (device is null)
        {
            return new ParsedRow(source.Line, null, issues);
        }

        issues.AddRange(RegistryEntryValidator.Validate(device));
        if (issues.Count > 0)
        {
            return new ParsedRow(source.Line, null, issues);
        }

        var index = DeviceIndexer.Index(device);
        var write = DeviceWrite.From(null, index, RegistryDeviceJson.ToStoredJson(device));
        return new ParsedRow(source.Line, writer.Prepare(write), issues);
    }

    private static Device? ReadDevice(byte[] bytes, List<MappingIssue> issues)
    {
        var read = RegistryDeviceReader.Read(bytes);
        if (read.Device is null)
        {
            issues.AddRange(read.Issues);
        }

        return read.Device;
    }

    private Device? ReadEntry(byte[] bytes, List<MappingIssue> issues)
    {
        var fields = new List<string>(RegistryCsvFormat.Columns.Count);
        if (!CsvFields.TrySplit(Encoding.UTF8.GetString(bytes), fields))
        {
            issues.Add(new MappingIssue(RegistryEntryErrorCodes.MalformedRow, "A quoted field is not terminated."));
            return null;
        }

        var entry = csv!.ToEntry(fields, issues);
        return entry is null ? null : RegistryEntryMapper.ToDevice(entry);
    }
}
