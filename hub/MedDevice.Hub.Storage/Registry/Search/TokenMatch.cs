namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>
/// One token search value: <c>system|code</c> (both set), <c>code</c> (<see cref="AnySystem"/>), <c>|code</c>
/// (no system: <see cref="System"/> null and not <see cref="AnySystem"/>), <c>system|</c> (<see cref="Code"/> null).
/// </summary>
public sealed record TokenMatch(string? System, string? Code, bool AnySystem)
{
    /// <summary>Parses the FHIR token syntax (the <c>\|</c> escape is not used by any hub code system).</summary>
    public static TokenMatch Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            return new TokenMatch(null, value, AnySystem: true);
        }

        var system = value[..bar];
        var code = value[(bar + 1)..];
        return new TokenMatch(system.Length == 0 ? null : system, code.Length == 0 ? null : code, AnySystem: false);
    }
}
