namespace MedDevice.Adapters.Identity.Model;

/// <summary>Why, for whom and on what legal ground a lookup is made (sent to the identity service, recorded in the audit log).</summary>
/// <param name="RequestingPartner">The hub partner the lookup is made for, or <c>hub</c> for the hub's own checks.</param>
/// <param name="Purpose">Purpose code, e.g. <c>seller-onboarding</c>.</param>
/// <param name="LegalBasis">Legal basis, e.g. <c>Decree 13/2023/ND-CP art. 17</c>.</param>
/// <param name="RequestId">The hub's id of the lookup, for correlating both audit trails.</param>
public sealed record VerificationContext(string RequestingPartner, string Purpose, string LegalBasis, string RequestId);
