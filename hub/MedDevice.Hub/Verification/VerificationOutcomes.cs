using MedDevice.Adapters.Identity.Model;

namespace MedDevice.Hub.Verification;

/// <summary>The verdict words of the API, the audit log (outcome column) and the organisation records.</summary>
public static class VerificationOutcomes
{
    /// <summary>The person's name and birth date match the number.</summary>
    public const string Match = "match";

    /// <summary>The number exists but a given field differs.</summary>
    public const string Mismatch = "mismatch";

    /// <summary>Nobody (no organisation) holds the number (tax code).</summary>
    public const string NotFound = "not-found";

    /// <summary>The organisation is operating.</summary>
    public const string Active = "active";

    /// <summary>The organisation is suspended.</summary>
    public const string Suspended = "suspended";

    /// <summary>The organisation is closed.</summary>
    public const string Closed = "closed";

    /// <summary>No verdict yet: the identity service was unavailable; asked again later, never guessed.</summary>
    public const string Pending = "pending";

    /// <summary>The identity service refused the request.</summary>
    public const string Rejected = "rejected";

    /// <summary>The word for a citizen verdict.</summary>
    public static string Of(CitizenVerdict verdict) => verdict switch
    {
        CitizenVerdict.Match => Match,
        CitizenVerdict.Mismatch => Mismatch,
        _ => NotFound,
    };

    /// <summary>The word for an organisation's standing.</summary>
    public static string Of(OrganizationStanding standing) => standing switch
    {
        OrganizationStanding.Active => Active,
        OrganizationStanding.Suspended => Suspended,
        OrganizationStanding.Closed => Closed,
        _ => NotFound,
    };

    /// <summary>The word for a representative check.</summary>
    public static string Of(RepresentativeCheck check) => check switch
    {
        RepresentativeCheck.Match => Match,
        RepresentativeCheck.Mismatch => Mismatch,
        _ => "not-requested",
    };

    /// <summary>The word for a mismatched field (the API's field name).</summary>
    public static string Of(CitizenField field) => field == CitizenField.FullName ? "fullName" : "birthDate";
}
