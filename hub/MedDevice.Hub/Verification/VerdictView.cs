using System.Text.Json.Serialization;

namespace MedDevice.Hub.Verification;

/// <summary>
/// The answer of <c>POST /api/v1/verify/actor</c>. <see cref="Verdict"/> is <c>match</c> / <c>mismatch</c> /
/// <c>not-found</c> for a person, <c>active</c> / <c>suspended</c> / <c>closed</c> / <c>not-found</c> for an
/// organisation, or <c>pending</c> (HTTP 202) when the identity service could not answer in time.
/// </summary>
public sealed record VerdictView
{
    /// <summary>The hub's id of the lookup (also in the audit trail's details).</summary>
    public required string RequestId { get; init; }

    /// <summary><c>person</c> or <c>organization</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The verdict word.</summary>
    public required string Verdict { get; init; }

    /// <summary>The person's number, masked (<c>001*******45</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PersonalId { get; init; }

    /// <summary>For a mismatch: <c>fullName</c>, <c>birthDate</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? MismatchedFields { get; init; }

    /// <summary>VNeID level 1 or 2 (0 when not found).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? VneidLevel { get; init; }

    /// <summary>The organisation's tax code (masked when personal).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TaxCode { get; init; }

    /// <summary>The registered name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RegisteredName { get; init; }

    /// <summary><c>match</c>, <c>mismatch</c> or <c>not-requested</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LegalRepresentative { get; init; }

    /// <summary>When the register was consulted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? CheckedAt { get; init; }

    /// <summary>True when the answer was reused from the hub's cache.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? FromCache { get; init; }

    /// <summary>For <c>pending</c>: the adapter code saying why (<c>ADP-001</c> unavailable, <c>ADP-002</c> circuit open, <c>ADP-003</c> deadline, …).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }
}
