namespace MedDevice.Adapters.Identity.Model;

/// <summary>One thing to verify: a citizen or an organisation.</summary>
public abstract record IdentityQuery;
