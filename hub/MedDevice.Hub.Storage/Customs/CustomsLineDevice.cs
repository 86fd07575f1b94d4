namespace MedDevice.Hub.Storage.Customs;

/// <summary>A Device a line was recorded as (<c>instance</c>) or belongs to (<c>entry</c>).</summary>
/// <param name="BaseNumber">The declaration's base number.</param>
/// <param name="LineNumber">The line's STT.</param>
/// <param name="DeviceId">The Device's logical id.</param>
/// <param name="Kind"><c>instance</c> or <c>entry</c>.</param>
public sealed record CustomsLineDevice(string BaseNumber, int LineNumber, string DeviceId, string Kind)
{
    /// <summary>An instance-level Device recorded for the line.</summary>
    public const string Instance = "instance";

    /// <summary>The DI-level registry entry the line's goods belong to (only a Provenance was recorded on it).</summary>
    public const string Entry = "entry";
}
