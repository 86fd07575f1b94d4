namespace MedDevice.Adapters.Identity.Model;

/// <summary>An answer of the identity service.</summary>
/// <param name="CheckedAt">When the register was consulted.</param>
/// <param name="FromCache">True when the answer came from the adapter's cache, not a new lookup.</param>
public abstract record IdentityVerification(DateTimeOffset CheckedAt, bool FromCache);
