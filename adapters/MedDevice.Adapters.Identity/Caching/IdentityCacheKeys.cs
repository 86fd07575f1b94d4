using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Adapters.Identity.Caching;

/// <summary>
/// Cache keys without personal data: a citizen is keyed by the pseudonym of the personal ID plus a keyed digest
/// (HMAC, key derived from the pseudonym key) of the normalised name and birth date, since the answer depends
/// on them; an organisation by its tax code (pseudonymised when it is a 12-digit personal code) and the
/// representative's pseudonym.
/// </summary>
internal sealed class IdentityCacheKeys(Pseudonymizer pseudonymizer)
{
    private readonly byte[] _digestKey = pseudonymizer.Current.DeriveSubkey("identity-adapter-cache-v1");

    public string? For(IdentityQuery query) => query switch
    {
        CitizenQuery citizen => ForCitizen(citizen),
        OrganizationQuery organization => ForOrganization(organization),
        _ => null,
    };

    private string? ForCitizen(CitizenQuery query)
    {
        if (Pseudonym(query.PersonalId) is not { } pseudonym)
        {
            return null;
        }

        var claimed = PersonName.Normalize(query.FullName) + "|" + query.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return "cit|" + pseudonym + "|" + Convert.ToHexStringLower(HMACSHA256.HashData(_digestKey, Encoding.UTF8.GetBytes(claimed)));
    }

    private string? ForOrganization(OrganizationQuery query)
    {
        var code = query.TaxCode.Length == 12 ? Pseudonym(query.TaxCode) : query.TaxCode;
        var representative = query.LegalRepresentativeId is null ? "-" : Pseudonym(query.LegalRepresentativeId);
        return code is null || representative is null ? null : "org|" + code + "|" + representative;
    }

    private string? Pseudonym(string personalId) => pseudonymizer.Pseudonymize(PersonalDataKind.PersonalId, personalId).Pseudonym;
}
