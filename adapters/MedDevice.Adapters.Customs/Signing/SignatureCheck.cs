using System.Security.Cryptography.X509Certificates;
using MedDevice.Adapters.Customs.Faults;

namespace MedDevice.Adapters.Customs.Signing;

/// <summary>The outcome of a signature check: the verified signer's certificate, or the fault to answer.</summary>
public sealed record SignatureCheck(X509Certificate2? Signer, CustomsFault? Fault)
{
    /// <summary>True when the signature verified against a registered certificate.</summary>
    public bool Ok => Signer is not null && Fault is null;
}
