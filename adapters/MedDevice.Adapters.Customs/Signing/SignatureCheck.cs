using MedDevice.Adapters.Customs.Faults;

namespace MedDevice.Adapters.Customs.Signing;

/// <summary>The outcome of a signature check: the verified signer's SHA-256 thumbprint, or the fault to answer.</summary>
public sealed record SignatureCheck(string? SignerSha256, CustomsFault? Fault)
{
    /// <summary>True when the signature verified against a registered certificate.</summary>
    public bool Ok => SignerSha256 is not null && Fault is null;
}
