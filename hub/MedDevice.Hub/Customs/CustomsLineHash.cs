using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Fhir;

namespace MedDevice.Hub.Customs;

/// <summary>
/// What a line's effects are computed from, hashed: its verdict and reasons, its planned Devices and registry entries.
/// The declaration number is hashed without its amendment digit, so a line an amendment leaves as it was is not rewritten
/// and its Device keeps the ICN of the message that last changed it.
/// </summary>
public static class CustomsLineHash
{
    /// <summary>Hex SHA-256 of the line's content.</summary>
    public static string Of(LineVerdict verdict, IReadOnlyList<(string Id, Device Device)> instances, IReadOnlyList<string> entries, CustomsDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(declaration);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(ReplyWriter.Name(verdict.Verdict) + "|" + string.Join(',', verdict.Reasons.Select(r => r.Code))));
        foreach (var (_, device) in instances)
        {
            var normalised = (Device)device.DeepCopy();
            foreach (var identifier in normalised.Identifier.Where(i => i.Value == declaration.Number))
            {
                identifier.Value = declaration.BaseNumber;
            }

            hash.AppendData(FhirJson.ToStored(normalised));
        }

        hash.AppendData(Encoding.UTF8.GetBytes("|" + string.Join(',', entries)));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
