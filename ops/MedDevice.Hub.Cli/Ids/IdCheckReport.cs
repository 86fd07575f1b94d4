using MedDevice.Hub.Core.Identifiers;

namespace MedDevice.Hub.Cli.Ids;

/// <summary>What <c>id check</c> shows for one value: labelled rows (already masked where personal) and the issues.</summary>
internal sealed record IdCheckReport(
    string Kind,
    bool Ok,
    IReadOnlyList<(string Field, string Value)> Rows,
    IReadOnlyList<IdentifierIssue> Errors,
    IReadOnlyList<IdentifierIssue> Warnings);
