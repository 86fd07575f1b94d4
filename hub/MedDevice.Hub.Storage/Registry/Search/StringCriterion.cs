namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>A string parameter (e.g. <c>device-name</c>) matching any of <paramref name="Values"/>.</summary>
public sealed record StringCriterion(string Param, StringMatch Match, IReadOnlyList<string> Values) : DeviceCriterion;
