using System.Text;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>The result of running one TestScript: every operation and assert executed, in order, and the retargeting applied.</summary>
public sealed class ScriptReport(string script)
{
    private readonly List<ScriptReportEntry> _entries = [];

    public string Script { get; } = script;

    public IReadOnlyList<ScriptReportEntry> Entries => _entries;

    /// <summary>The Patient → Device rewrites applied before running.</summary>
    public List<string> Retargeted { get; } = [];

    public IEnumerable<ScriptReportEntry> Failures => _entries.Where(e => e.Outcome == ScriptOutcome.Fail);

    public int Operations => _entries.Count(e => e.Action.StartsWith("operation ", StringComparison.Ordinal));

    public int Asserts => _entries.Count(e => e.Action.StartsWith("assert ", StringComparison.Ordinal));

    public void Add(string phase, string action, ScriptOutcome outcome, string detail) => _entries.Add(new ScriptReportEntry(phase, action, outcome, detail));

    public override string ToString()
    {
        var text = new StringBuilder().Append(Script).Append(": ").Append(Operations).Append(" operations, ").Append(Asserts).Append(" asserts (")
            .Append(_entries.Count(e => e.Outcome == ScriptOutcome.Pass)).Append(" pass, ").Append(_entries.Count(e => e.Outcome == ScriptOutcome.Warning))
            .Append(" warning, ").Append(Failures.Count()).AppendLine(" fail)");
        foreach (var rewrite in Retargeted)
        {
            text.Append("  retargeted: ").AppendLine(rewrite);
        }

        foreach (var entry in _entries)
        {
            text.Append("  ").AppendLine(entry.ToString());
        }

        return text.ToString();
    }
}
