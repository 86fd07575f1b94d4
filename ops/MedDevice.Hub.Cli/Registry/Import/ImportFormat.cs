namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>The formats <c>hubctl registry import</c> reads.</summary>
internal enum ImportFormat
{
    /// <summary>One FHIR R4 Device JSON per line.</summary>
    Ndjson,

    /// <summary>A header row, then one registry entry per row (columns in the README).</summary>
    Csv,
}
