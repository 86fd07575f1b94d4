using System.Globalization;
using MedDevice.Hub.Core.Identifiers;
using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Hub.Cli.Ids;

/// <summary>Turns identifier results into <see cref="IdCheckReport"/>s. Personal numbers appear only masked.</summary>
internal static class IdCheckReports
{
    private const string None = "-";

    public static IdCheckReport Registration(IdentifierResult<RegistrationNumber> result)
    {
        var rows = new List<(string, string)>();
        if (result.Value is { } number)
        {
            rows.Add(("Canonical", number.Canonical));
            rows.Add(("Form", FormName(number.Form)));
            rows.Add(("Risk class", ClassText(number.Classes)));
            rows.Add(("Year", Number(number.Year)));
            rows.Add(("Sequence", number.Sequence));
            rows.Add(("Issuer", number.Issuer));
        }

        return new IdCheckReport("Registration number (số lưu hành)", result.Ok, rows, result.Errors, result.Warnings);
    }

    public static IdCheckReport TaxCode(IdentifierResult<TaxCodeNumber> result)
    {
        var rows = new List<(string, string)>();
        if (result.Value is { } code)
        {
            rows.Add(("Canonical", code.Display));
            rows.Add(("Type", code.Kind.ToString()));
            if (code.Organisation is not null)
            {
                rows.Add(("Organisation", code.Organisation));
            }

            if (code.BranchNumber is { } branch)
            {
                rows.Add(("Branch", branch.ToString("000", CultureInfo.InvariantCulture)));
            }

            if (code.PersonalId is { } person)
            {
                rows.AddRange(PersonRows(person));
            }
        }

        return new IdCheckReport("Tax code (mã số thuế)", result.Ok, rows, result.Errors, result.Warnings);
    }

    public static IdCheckReport Personal(IdentifierResult<PersonalIdNumber> result)
    {
        var rows = result.Value is { } person ? PersonRows(person).ToList() : [];
        return new IdCheckReport("Personal ID (CCCD / số định danh)", result.Ok, rows, result.Errors, result.Warnings);
    }

    private static IEnumerable<(string, string)> PersonRows(PersonalIdNumber person)
    {
        yield return ("Number (masked)", person.Masked);
        yield return ("Type", person.Kind == PersonalIdKind.LegacyCmnd ? "legacy CMND (9 digits)" : "personal identification number (12 digits)");
        if (person.ProvinceCode is not null)
        {
            yield return ("Province", person.ProvinceName is null ? $"{person.ProvinceCode} (unknown)" : $"{person.ProvinceCode} {person.ProvinceName}");
        }

        if (person.Sex is { } sex)
        {
            yield return ("Sex", sex.ToString());
        }

        if (person.BirthYear is { } year)
        {
            yield return ("Birth year", year.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string FormName(RegistrationNumberForm form) => form switch
    {
        RegistrationNumberForm.ClassADeclaration => "class A standards declaration (PCBA)",
        RegistrationNumberForm.ClassBDeclaration => "class B standards declaration (PCBB)",
        RegistrationNumberForm.CertificateTbCt => "registration certificate, BYT-TB-CT (up to 2022)",
        RegistrationNumberForm.CertificateHttb => "registration certificate, BYT-HTTB",
        RegistrationNumberForm.LegacyImportLicence => "legacy import licence (NK)",
        _ => form.ToString(),
    };

    private static string ClassText(DeviceRiskClasses classes) => classes switch
    {
        DeviceRiskClasses.None => "not stated by the form",
        DeviceRiskClasses.CD => "C or D",
        _ => classes.ToString(),
    };

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? None;
}
