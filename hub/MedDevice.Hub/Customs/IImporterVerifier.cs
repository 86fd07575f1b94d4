using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Hub.Customs;

/// <summary>
/// Asks the enterprise register (through the identity adapter) what it knows about an importer's tax code. The tax code
/// has passed <see cref="TaxCodeParser"/>. Answer <see cref="ImporterStatus.Pending"/> whenever the register cannot answer
/// now (down, timed out, not connected): a verdict is never guessed. Exceptions are treated as pending by the caller.
/// </summary>
public interface IImporterVerifier
{
    /// <summary>The importer's status.</summary>
    Task<ImporterStatus> VerifyAsync(TaxCodeNumber taxCode, CancellationToken cancellationToken);
}
