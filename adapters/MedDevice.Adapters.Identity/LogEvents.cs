namespace MedDevice.Adapters.Identity;

/// <summary>
/// Event ids of the identity adapter's <c>[LoggerMessage]</c> methods. Ids are unique across the solution (checked by
/// <c>LogEventsTests</c> in MedDevice.Hub.Tests).
/// </summary>
/// <remarks>
/// Projects: 1000–2999 MedDevice.Hub; 3000–3999 adapters/ (3000–3099 MedDevice.Adapters.Abstractions,
/// 3100–3199 MedDevice.Adapters.Identity (this class), 3200–3299 MedDevice.Adapters.Customs); 4000–4999 ops/;
/// 5000–5999 libraries (MedDevice.Hub.Core, Storage, Mappings).
/// Features of this project: 3100–3149 identity calls.
/// </remarks>
internal static class LogEvents
{
    // Identity calls 3100–3149
    internal const int IdentityServiceUnavailable = 3101;
}
