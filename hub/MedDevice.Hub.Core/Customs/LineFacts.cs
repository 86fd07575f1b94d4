using MedDevice.Hub.Core.Identifiers;
using MedDevice.Hub.Core.Identifiers.Registration;

namespace MedDevice.Hub.Core.Customs;

/// <summary>Everything known about one goods line, gathered before the verdict.</summary>
/// <param name="Line">The line as declared.</param>
/// <param name="Registration">The parsed registration number.</param>
/// <param name="RegistrationEntry">The registry entry holding that registration number, if any.</param>
/// <param name="Udis">Facts about each UDI, in line order.</param>
/// <param name="ReferencePrice">The reference price for the line's device, if any.</param>
public sealed record LineFacts(
    CustomsDeclarationLine Line,
    IdentifierResult<RegistrationNumber> Registration,
    RegistryEntryFact? RegistrationEntry,
    IReadOnlyList<UdiFacts> Udis,
    ReferencePriceFact? ReferencePrice);
