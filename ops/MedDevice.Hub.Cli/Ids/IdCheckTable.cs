using System.Globalization;
using Spectre.Console;

namespace MedDevice.Hub.Cli.Ids;

/// <summary>Renders an <see cref="IdCheckReport"/>. Values go in as plain text, never as markup.</summary>
internal static class IdCheckTable
{
    public static void Render(IAnsiConsole console, IdCheckReport report)
    {
        var table = new Table().Title("Identifier").AddColumn("Field").AddColumn("Value");
        table.AddRow(new Text("Kind"), new Text(report.Kind));
        table.AddRow(new Text("Status"), new Text(report.Ok ? "valid" : "invalid"));
        foreach (var (field, value) in report.Rows)
        {
            table.AddRow(new Text(field), new Text(value));
        }

        console.Write(table);

        if (report.Errors.Count + report.Warnings.Count > 0)
        {
            var issues = new Table().Title("Problems").AddColumn("Severity").AddColumn("Code").AddColumn("Position").AddColumn("Message");
            foreach (var (severity, issue) in report.Errors.Select(e => ("error", e)).Concat(report.Warnings.Select(w => ("warning", w))))
            {
                issues.AddRow(
                    new Text(severity), new Text(issue.Code), new Text(issue.Position.ToString(CultureInfo.InvariantCulture)), new Text(issue.Message));
            }

            console.Write(issues);
        }
    }
}
