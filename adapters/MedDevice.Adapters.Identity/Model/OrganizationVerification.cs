namespace MedDevice.Adapters.Identity.Model;

/// <summary>The answer for an organisation.</summary>
/// <param name="Standing">Active, suspended, closed or not found.</param>
/// <param name="RegisteredName">The registered name; null when not found.</param>
/// <param name="LegalRepresentative">The representative check.</param>
/// <param name="CheckedAt">When the register was consulted.</param>
/// <param name="FromCache">True when answered from the cache.</param>
public sealed record OrganizationVerification(OrganizationStanding Standing, string? RegisteredName, RepresentativeCheck LegalRepresentative, DateTimeOffset CheckedAt, bool FromCache = false)
    : IdentityVerification(CheckedAt, FromCache);
