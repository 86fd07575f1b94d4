namespace MedDevice.Adapters.Identity.Model;

/// <summary>The answer for a citizen.</summary>
/// <param name="Verdict">Match, mismatch or not found.</param>
/// <param name="MismatchedFields">For a mismatch, which fields differ.</param>
/// <param name="VneidLevel">VNeID level 1 or 2; 0 when not found.</param>
/// <param name="CheckedAt">When the register was consulted.</param>
/// <param name="FromCache">True when answered from the cache.</param>
public sealed record CitizenVerification(CitizenVerdict Verdict, IReadOnlyList<CitizenField> MismatchedFields, int VneidLevel, DateTimeOffset CheckedAt, bool FromCache = false)
    : IdentityVerification(CheckedAt, FromCache);
