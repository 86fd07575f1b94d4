using MedDevice.Hub.Partners;

namespace MedDevice.Hub.Security;

/// <summary>The authenticated partner of the current request, set once by <see cref="PartnerAuthenticationMiddleware"/>.</summary>
public static class PartnerContext
{
    private static readonly object Key = new();

    /// <summary>The partner, or null for an unauthenticated request.</summary>
    public static Partner? Get(HttpContext context) => context?.Items[Key] as Partner;

    internal static void Set(HttpContext context, Partner partner) => context.Items[Key] = partner;
}
