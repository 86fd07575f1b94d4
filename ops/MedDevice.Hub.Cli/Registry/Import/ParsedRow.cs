using MedDevice.Hub.Storage.Registry.Bulk;
using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>A row after parsing and validation: ready to write, or rejected with its issues.</summary>
/// <param name="Line">The line the row starts on.</param>
/// <param name="Row">The prepared write; null when rejected.</param>
/// <param name="Issues">Why it was rejected (empty when valid).</param>
internal sealed record ParsedRow(long Line, BulkDeviceRow? Row, IReadOnlyList<MappingIssue> Issues);
