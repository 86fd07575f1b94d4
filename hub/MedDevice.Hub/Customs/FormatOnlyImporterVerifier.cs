using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Hub.Customs;

/// <summary>
/// The default until the identity adapter is bound: the tax code's format is checked by the verdict rules, and the status
/// is always <see cref="ImporterStatus.Pending"/> because no register is connected.
/// </summary>
public sealed class FormatOnlyImporterVerifier : IImporterVerifier
{
    /// <inheritdoc />
    public Task<ImporterStatus> VerifyAsync(TaxCodeNumber taxCode, CancellationToken cancellationToken) => Task.FromResult(ImporterStatus.Pending);
}
