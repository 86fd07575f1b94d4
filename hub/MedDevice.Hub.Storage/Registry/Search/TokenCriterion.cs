namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>A token, reference or uri parameter matching any of <paramref name="Values"/>; <paramref name="Not"/> negates (<c>:not</c>).</summary>
public sealed record TokenCriterion(string Param, IReadOnlyList<TokenMatch> Values, bool Not = false) : DeviceCriterion;
