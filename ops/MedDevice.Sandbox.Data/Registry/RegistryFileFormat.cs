namespace MedDevice.Sandbox.Data.Registry;

/// <summary>The bulk-import file formats.</summary>
public enum RegistryFileFormat
{
    /// <summary>One FHIR Device JSON per line.</summary>
    Ndjson = 0,

    /// <summary>A header row, then one registry entry per row (columns: <c>RegistryCsvFormat.Columns</c>).</summary>
    Csv = 1,
}
