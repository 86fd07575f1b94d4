using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Recalls;

/// <summary>Turns an admin request's device identification (issuer + UDI-DI) into the registry's UDI-DI key, or a reason it cannot.</summary>
public static class DeviceKeyInput
{
    private const int MaxDiLength = 40;
    private static readonly UdiParser Parser = new();

    /// <summary>
    /// The UDI-DI key <c>{issuer system}|{di}</c>. <paramref name="issuer"/> is <c>gs1</c> (default), <c>hibcc</c>, <c>iccbba</c> or
    /// the HL7 NamingSystem URL; a GS1 DI must be a GTIN-14 with a valid check digit.
    /// </summary>
    public static (string? Key, string? Problem) UdiDiKey(string? issuer, string? di)
    {
        if (string.IsNullOrWhiteSpace(di) || di.Trim().Length > MaxDiLength)
        {
            return (null, $"udiDi is required (at most {MaxDiLength} characters).");
        }

        var system = (issuer ?? "gs1").Trim().ToUpperInvariant() switch
        {
            "GS1" or "HTTP://HL7.ORG/FHIR/NAMINGSYSTEM/GS1-DI" => UdiIssuerNamingSystems.Gs1,
            "HIBCC" or "HTTP://HL7.ORG/FHIR/NAMINGSYSTEM/HIBCC-DI" => UdiIssuerNamingSystems.Hibcc,
            "ICCBBA" or "HTTP://HL7.ORG/FHIR/NAMINGSYSTEM/ICCBBA-OTHER-DI" => UdiIssuerNamingSystems.Iccbba,
            _ => null,
        };
        if (system is null)
        {
            return (null, "issuer must be gs1, hibcc or iccbba.");
        }

        var value = di.Trim();
        if (system == UdiIssuerNamingSystems.Gs1 && (value.Length != 14 || !Parser.Parse("(01)" + value).Ok))
        {
            return (null, "A GS1 udiDi is a GTIN-14 with a valid check digit.");
        }

        return (system + "|" + value, null);
    }
}
