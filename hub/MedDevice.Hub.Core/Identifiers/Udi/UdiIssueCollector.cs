namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>
/// Errors and warnings gathered while one UDI is read; a failure the lenient option forgives (e.g. a wrong
/// check character) becomes a warning. Shared by the issuer result builders.
/// </summary>
internal sealed class UdiIssueCollector(bool lenient)
{
    private List<UdiIssue>? _errors;
    private List<UdiIssue>? _warnings;

    public bool HasErrors => _errors is not null;

    public IReadOnlyList<UdiIssue> Errors => _errors ?? (IReadOnlyList<UdiIssue>)[];

    public IReadOnlyList<UdiIssue> Warnings => _warnings ?? (IReadOnlyList<UdiIssue>)[];

    public void Error(string code, string message, int position) =>
        (_errors ??= []).Add(new UdiIssue(code, message, position));

    /// <summary>An error, or a warning in lenient mode.</summary>
    public void LenientFailure(string code, string message, int position)
    {
        if (lenient)
        {
            (_warnings ??= []).Add(new UdiIssue(code, message, position));
        }
        else
        {
            Error(code, message, position);
        }
    }
}
