using System.Globalization;
using MedDevice.Hub.Core.Identifiers.Udi;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MedDevice.Hub.Cli.Udi;

/// <summary>Renders a <see cref="UdiParseResult"/> as readable tables. Values go in as plain text, never as markup.</summary>
internal static class UdiResultTable
{
    private const string None = "-";

    public static void Render(IAnsiConsole console, UdiParseResult result)
    {
        var summary = new Table().Title("UDI").AddColumn("Field").AddColumn("Value");
        AddRow(summary, "Status", result.Ok ? (result.Warnings.Count > 0 ? "valid (with warnings)" : "valid") : "invalid");
        AddRow(summary, "Issuer", UdiJsonLineWriter.IssuerName(result.Issuer));
        AddRow(summary, "DI", result.Di);
        AddRow(summary, "Lot", result.Lot);
        AddRow(summary, "Serial", result.Serial);
        AddRow(summary, "Expiry", UdiJsonLineWriter.IsoDate(result.Expiry));
        AddRow(summary, "Manufactured", UdiJsonLineWriter.IsoDate(result.Manufactured));
        AddRow(summary, "HRI", result.Hri);
        if (result.DigitalLink is not null)
        {
            AddRow(summary, "Digital Link", result.DigitalLink);
        }

        console.Write(summary);

        if (result.Elements.Count > 0)
        {
            var elements = new Table().Title("Elements").AddColumn("Id").AddColumn("Value");
            foreach (var element in result.Elements)
            {
                AddRow(elements, element.Id, element.Value);
            }

            console.Write(elements);
        }

        if (result.Errors.Count + result.Warnings.Count > 0)
        {
            var issues = new Table().Title("Problems").AddColumn("Severity").AddColumn("Code").AddColumn("Position").AddColumn("Message");
            foreach (var (severity, issue) in result.Errors.Select(e => ("error", e)).Concat(result.Warnings.Select(w => ("warning", w))))
            {
                issues.AddRow(Cells(severity, issue.Code, issue.Position.ToString(CultureInfo.InvariantCulture), issue.Message));
            }

            console.Write(issues);
        }
    }

    private static void AddRow(Table table, string field, string? value) => table.AddRow(Cells(field, Visible(value ?? None)));

    private static IRenderable[] Cells(params string[] values) => values.Select(v => (IRenderable)new Text(v)).ToArray();

    // Element values can hold control characters (GS); show them as <GS>-style marks rather than raw bytes.
    private static string Visible(string value) =>
        value.Contains('\u001d', StringComparison.Ordinal) ? value.Replace("\u001d", "<GS>", StringComparison.Ordinal) : value;
}
