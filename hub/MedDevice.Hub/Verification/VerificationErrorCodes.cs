namespace MedDevice.Hub.Verification;

/// <summary>Stable codes of the verdict API and the verification queue.</summary>
public static class VerificationErrorCodes
{
    /// <summary>The body is not a JSON object (400).</summary>
    public const string MalformedBody = "HUB-VER-400";

    /// <summary><c>X-Hub-Deadline-Ms</c> is not a whole number of milliseconds within the allowed range (400).</summary>
    public const string BadDeadline = "HUB-VER-400-DEADLINE";

    /// <summary>The request is invalid; the field codes are in <c>errors</c> (422).</summary>
    public const string InvalidRequest = "HUB-VER-422";

    /// <summary>Neither a person (personalId) nor an organisation (taxCode), or both.</summary>
    public const string SubjectRequired = "VER-001";

    /// <summary>The personal ID is not a valid 12-digit personal identification number.</summary>
    public const string InvalidPersonalId = "VER-002";

    /// <summary>The full name is missing or longer than 100 characters.</summary>
    public const string InvalidFullName = "VER-003";

    /// <summary>The birth date is missing or not a yyyy-MM-dd date between 1900 and today.</summary>
    public const string InvalidBirthDate = "VER-004";

    /// <summary>The purpose is not a code of 2–64 lower-case letters, digits, '.' or '-'.</summary>
    public const string InvalidPurpose = "VER-005";

    /// <summary>The legal basis is missing, longer than 200 characters, or holds characters other than letters, digits, spaces and <c>./-:,()§</c>.</summary>
    public const string InvalidLegalBasis = "VER-006";

    /// <summary>The tax code is not valid.</summary>
    public const string InvalidTaxCode = "VER-007";

    /// <summary>The legal representative's personal ID is not valid.</summary>
    public const string InvalidRepresentativeId = "VER-008";

    /// <summary>The identity service refused the request (422).</summary>
    public const string RejectedByService = "HUB-VER-422-REJECTED";

    /// <summary>Queue: a 12-digit tax code is a personal ID and is never queued (verify the person instead).</summary>
    public const string PersonalTaxCodeNotQueued = "VER-Q-002";
}
