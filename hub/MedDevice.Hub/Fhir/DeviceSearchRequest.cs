using MedDevice.Hub.Storage.Registry.Search;

namespace MedDevice.Hub.Fhir;

/// <summary>A parsed Device search: the store query plus the result controls.</summary>
/// <param name="Query">Criteria, page size, order and cursor.</param>
/// <param name="CountOnly"><c>_summary=count</c>: only the total.</param>
/// <param name="LinkParameters">The parameters to repeat in self/next links (without the cursor).</param>
/// <param name="Ignored">Parameters the server ignored (reported in an OperationOutcome entry).</param>
public sealed record DeviceSearchRequest(DeviceQuery Query, bool CountOnly, IReadOnlyList<KeyValuePair<string, string>> LinkParameters, IReadOnlyList<string> Ignored);
