using System.Text.Json;
using MedDevice.Hub.Storage.Registry;

namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>Running totals of one import of one file; stored as JSON in its checkpoint so a resumed run reports the whole file.</summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="Created">Devices created.</param>
/// <param name="Updated">Devices given a new version.</param>
/// <param name="Unchanged">Rows equal to the stored device (no new version).</param>
/// <param name="Rejected">Rows not applied: invalid, key conflict, or a revoked device.</param>
/// <param name="ErrorReportBytes">The error report's committed length.</param>
internal sealed record ImportCounters(long Rows, long Created, long Updated, long Unchanged, long Rejected, long ErrorReportBytes)
{
    /// <summary>Nothing counted yet.</summary>
    public static ImportCounters Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The totals after a batch of <paramref name="rows"/> rows with <paramref name="invalid"/> invalid ones and these write results.</summary>
    public ImportCounters After(int rows, int invalid, IReadOnlyList<DeviceWriteResult> results, long errorReportBytes)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new ImportCounters(
            Rows + rows,
            Created + results.Count(r => r.Outcome == DeviceWriteOutcome.Created),
            Updated + results.Count(r => r.Outcome == DeviceWriteOutcome.Updated),
            Unchanged + results.Count(r => r.Outcome is DeviceWriteOutcome.Unchanged or DeviceWriteOutcome.Existing),
            Rejected + invalid + results.Count(r => r.Outcome is DeviceWriteOutcome.KeyConflict or DeviceWriteOutcome.Revoked),
            errorReportBytes);
    }

    /// <summary>The checkpoint state.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Reads a checkpoint state; null when it is not one.</summary>
    public static ImportCounters? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ImportCounters>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
