using System.CommandLine;
using MedDevice.Hub.Core.Identifiers;
using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Hub.Cli.Ids;

/// <summary><c>hubctl id check &lt;value&gt; [--kind registration|taxcode|personal]</c>: exit 0 valid, 1 invalid.</summary>
internal static class IdCheckCommand
{
    private const string RegistrationKind = "registration";
    private const string TaxCodeKind = "taxcode";
    private const string PersonalKind = "personal";

    public static Command Create(CliIo io)
    {
        var value = new Argument<string>("value") { Description = "The identifier to check." };
        var kind = new Option<string?>("--kind") { Description = "What the value is; detected from its shape when omitted." };
        kind.AcceptOnlyFromAmong(RegistrationKind, TaxCodeKind, PersonalKind);

        var command = new Command("check", "Validate a registration number, tax code or personal ID and show what it says.") { value, kind };
        command.SetAction(parseResult =>
        {
            var report = Check(parseResult.GetRequiredValue(value), parseResult.GetValue(kind), io.Time.GetUtcNow().Year);
            IdCheckTable.Render(io.CreateConsole(), report);
            return report.Ok ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return command;
    }

    /// <summary>Checks one value; <paramref name="kindName"/> null means detect.</summary>
    public static IdCheckReport Check(string value, string? kindName, int currentYear)
    {
        IdentifierKind? kind = kindName switch
        {
            RegistrationKind => IdentifierKind.Registration,
            TaxCodeKind => IdentifierKind.TaxCode,
            PersonalKind => IdentifierKind.PersonalId,
            _ => IdentifierKindDetector.Detect(value),
        };

        return kind switch
        {
            IdentifierKind.Registration => IdCheckReports.Registration(RegistrationNumberParser.Parse(value)),
            IdentifierKind.TaxCode => IdCheckReports.TaxCode(TaxCodeParser.Parse(value, currentYear)),
            IdentifierKind.PersonalId => IdCheckReports.Personal(PersonalIdParser.Parse(value, currentYear)),
            _ => new IdCheckReport(
                "unknown",
                false,
                [],
                [new IdentifierIssue(CliErrorCodes.UnknownIdentifierKind, "Cannot tell which identifier this is; use --kind registration|taxcode|personal.")],
                []),
        };
    }
}
