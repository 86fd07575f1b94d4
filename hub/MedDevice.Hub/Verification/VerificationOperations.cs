using MedDevice.Adapters.Operations;

namespace MedDevice.Hub.Verification;

/// <summary>The verification operation and who may call it (registered by <see cref="VerificationServiceExtensions"/>).</summary>
public static class VerificationOperations
{
    /// <summary>Verify a person or an organisation against the population database / enterprise register.</summary>
    public const string VerifyActor = "verify.actor";

    /// <summary>The role granting <see cref="VerifyActor"/> to partners that are neither e-commerce platforms nor operators.</summary>
    public const string VerifierRole = "verifier";

    /// <summary>The role of e-commerce platforms, which verify their sellers (moves to the e-commerce module's registration when it exists).</summary>
    public const string EcommerceRole = "ecommerce";

    /// <summary><see cref="VerifyActor"/>: verifiers, e-commerce platforms and operators.</summary>
    public static PartnerOperation Registration { get; } =
        PartnerOperation.For(VerifyActor, VerifierRole, EcommerceRole, Partners.Partner.AdminRole);
}
