using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Adapters.Identity.Model;

/// <summary>A citizen to verify. Personal data: kept in memory for the call only; <see cref="ToString"/> masks it.</summary>
/// <param name="PersonalId">The 12-digit personal identification number.</param>
/// <param name="FullName">The full name as claimed.</param>
/// <param name="BirthDate">The birth date as claimed.</param>
public sealed record CitizenQuery(string PersonalId, string FullName, DateOnly BirthDate) : IdentityQuery
{
    /// <summary>Masked, so the query cannot leak into logs.</summary>
    public override string ToString() => $"CitizenQuery({PersonalIdMasking.Mask(PersonalId ?? "")})";
}
