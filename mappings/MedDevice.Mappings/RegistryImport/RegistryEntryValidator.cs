using Hl7.Fhir.Model;
using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Mappings.RegistryImport;

/// <summary>
/// Checks that a Device is a valid DI-level registry entry before a bulk import stores it: a key, a name, a status,
/// the UDI-DI check character, the registration-number form and its fit with the risk class, the holder's tax code.
/// Messages name the element, never its value (a holder's tax code may be a personal number).
/// </summary>
public static class RegistryEntryValidator
{
    private static readonly UdiParser Udi = new();

    /// <summary>The problems of <paramref name="device"/> as a registry entry (empty when it is valid).</summary>
    public static IReadOnlyList<MappingIssue> Validate(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var issues = new List<MappingIssue>();
        if (DeviceIndexer.IsInstanceLevel(device))
        {
            issues.Add(new(RegistryEntryErrorCodes.InstanceLevel, "A registry entry has no lot or serial number and no registry-entry link."));
        }

        if (RegistryDeviceReader.DeviceKeyOf(device) is null)
        {
            issues.Add(new(RegistryDeviceErrorCodes.NoDeviceKey, "The Device has neither a UDI-DI nor a registration number."));
        }

        if (!device.DeviceName.Any(n => !string.IsNullOrWhiteSpace(n.Name)))
        {
            issues.Add(Missing("device name (deviceName.name)"));
        }

        if (device.Status is null)
        {
            issues.Add(Missing("status"));
        }

        ValidateUdi(device, issues);
        var classes = ValidateRegistration(device, issues);
        ValidateRiskClass(device, classes, issues);
        ValidateHolder(device, issues);
        return issues;
    }

    private static void ValidateUdi(Device device, List<MappingIssue> issues)
    {
        foreach (var carrier in device.UdiCarrier.Where(c => !string.IsNullOrWhiteSpace(c.DeviceIdentifier)))
        {
            var di = carrier.DeviceIdentifier!.Trim();
            switch (carrier.Issuer)
            {
                case UdiIssuerSystems.Gs1:
                    AddUdiErrors(Udi.Parse("(01)" + di), issues);
                    break;
                case UdiIssuerSystems.Hibcc:
                    if (!di.All(c => HibccCheckCharacter.ValueOf(c) >= 0 && c != '+' && c != '/'))
                    {
                        issues.Add(new(HibccErrorCodes.InvalidCharacter, "udi-di: a HIBCC device identifier has letters and digits only."));
                        break;
                    }

                    // The DI is stored without '+' and check character: validate it as the primary symbol they would form.
                    var symbol = "+" + di;
                    AddUdiErrors(Udi.Parse(symbol + HibccCheckCharacter.Compute(symbol)), issues);
                    break;
                default:
                    issues.Add(new(RegistryEntryErrorCodes.UnknownUdiIssuer, "udi-issuer: expected GS1 or HIBCC."));
                    break;
            }
        }
    }

    private static void AddUdiErrors(UdiParseResult result, List<MappingIssue> issues)
    {
        foreach (var error in result.Errors)
        {
            issues.Add(new(error.Code, "udi-di: " + error.Message));
        }
    }

    private static DeviceRiskClasses? ValidateRegistration(Device device, List<MappingIssue> issues)
    {
        var identifier = device.Identifier.FirstOrDefault(i =>
            string.Equals(i.System, NamingSystems.RegistrationNumber, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(i.Value));
        if (identifier is null)
        {
            return null;
        }

        var parsed = RegistrationNumberParser.Parse(identifier.Value);
        foreach (var error in parsed.Errors)
        {
            issues.Add(new(error.Code, "registration number: " + error.Message));
        }

        return parsed.Ok ? parsed.Value!.Classes : null;
    }

    private static void ValidateRiskClass(Device device, DeviceRiskClasses? allowed, List<MappingIssue> issues)
    {
        var coding = device.Extension.FirstOrDefault(e => string.Equals(e.Url, HubFhirUrls.RiskClassExtension, StringComparison.Ordinal))?.Value as Coding;
        var riskClass = coding is not null && string.Equals(coding.System, HubFhirUrls.RiskClassCodeSystem, StringComparison.Ordinal)
            ? coding.Code switch
            {
                "A" => DeviceRiskClasses.A,
                "B" => DeviceRiskClasses.B,
                "C" => DeviceRiskClasses.C,
                "D" => DeviceRiskClasses.D,
                _ => DeviceRiskClasses.None,
            }
            : DeviceRiskClasses.None;
        if (riskClass == DeviceRiskClasses.None)
        {
            issues.Add(new(RegistryEntryErrorCodes.InvalidRiskClass, "risk class: expected A, B, C or D (extension risk-class)."));
            return;
        }

        if (allowed is { } classes && classes != DeviceRiskClasses.None && (classes & riskClass) == 0)
        {
            issues.Add(new(RegistryEntryErrorCodes.RiskClassMismatch,
                $"risk class {riskClass} does not fit the registration-number form (PCBA → A, PCBB → B, ĐKLH → C or D)."));
        }
    }

    private static void ValidateHolder(Device device, List<MappingIssue> issues)
    {
        var owner = device.Owner;
        if (owner?.Identifier is not { } identifier || string.IsNullOrWhiteSpace(identifier.Value)
            || !string.Equals(identifier.System, NamingSystems.TaxCode, StringComparison.Ordinal))
        {
            issues.Add(Missing("holder tax code (owner.identifier with the tax-code system)"));
        }
        else
        {
            foreach (var error in TaxCodeParser.Parse(identifier.Value).Errors)
            {
                issues.Add(new(error.Code, "holder tax code: " + error.Message));
            }
        }

        if (string.IsNullOrWhiteSpace(owner?.Display))
        {
            issues.Add(Missing("holder name (owner.display)"));
        }
    }

    private static MappingIssue Missing(string what) => new(RegistryEntryErrorCodes.MissingValue, what + " is required.");
}
