using MedDevice.Hub.Core.Identifiers;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Hub.Core.Customs;

/// <summary>The importer's tax code as parsed and what the enterprise register said.</summary>
/// <param name="TaxCode">The parsed tax code (<c>IMC</c>).</param>
/// <param name="Status">The register's answer; <see cref="ImporterStatus.Pending"/> when it could not answer.</param>
public sealed record ImporterFacts(IdentifierResult<TaxCodeNumber> TaxCode, ImporterStatus Status);
