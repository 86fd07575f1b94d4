using Google.Protobuf.WellKnownTypes;
using MedDevice.Adapters.Identity.Model;
using Proto = MedDevice.Identity.V1;

namespace MedDevice.Adapters.Identity.Grpc;

/// <summary>Maps between the adapter's model and the <c>meddevice.identity.v1</c> messages.</summary>
internal static class IdentityMessages
{
    public static Proto.RequestContext Context(VerificationContext context) => new()
    {
        RequestingPartner = context.RequestingPartner,
        Purpose = context.Purpose,
        LegalBasis = context.LegalBasis,
        RequestId = context.RequestId,
    };

    public static Proto.VerifyCitizenRequest Request(CitizenQuery query, VerificationContext context) => new()
    {
        Context = Context(context),
        PersonalId = query.PersonalId,
        FullName = query.FullName,
        BirthDate = new Proto.CalendarDate { Year = query.BirthDate.Year, Month = query.BirthDate.Month, Day = query.BirthDate.Day },
    };

    public static Proto.VerifyOrganizationRequest Request(OrganizationQuery query, VerificationContext context) => new()
    {
        Context = Context(context),
        TaxCode = query.TaxCode,
        LegalRepresentativeId = query.LegalRepresentativeId ?? "",
    };

    public static Proto.VerifyBatchRequest BatchItem(string correlationId, IdentityQuery query, VerificationContext context) => query switch
    {
        CitizenQuery citizen => new Proto.VerifyBatchRequest { CorrelationId = correlationId, Citizen = Request(citizen, context) },
        OrganizationQuery organization => new Proto.VerifyBatchRequest { CorrelationId = correlationId, Organization = Request(organization, context) },
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.GetType().Name, "Unknown query type."),
    };

    /// <summary>The answer, or null when the service sent an unspecified verdict (a broken answer, treated as a fault).</summary>
    public static CitizenVerification? Answer(Proto.VerifyCitizenResponse response, DateTimeOffset now)
    {
        CitizenVerdict? verdict = response.Verdict switch
        {
            Proto.CitizenVerdict.Match => CitizenVerdict.Match,
            Proto.CitizenVerdict.Mismatch => CitizenVerdict.Mismatch,
            Proto.CitizenVerdict.NotFound => CitizenVerdict.NotFound,
            _ => null,
        };
        if (verdict is null)
        {
            return null;
        }

        var fields = response.MismatchedFields
            .Select(f => f switch { Proto.CitizenField.FullName => CitizenField.FullName, Proto.CitizenField.BirthDate => (CitizenField?)CitizenField.BirthDate, _ => null })
            .OfType<CitizenField>().Distinct().Order().ToList();
        return new CitizenVerification(verdict.Value, fields, response.VneidLevel, CheckedAt(response.CheckedAt, now));
    }

    /// <summary>The answer, or null when the service sent an unspecified status.</summary>
    public static OrganizationVerification? Answer(Proto.VerifyOrganizationResponse response, DateTimeOffset now)
    {
        OrganizationStanding? standing = response.Status switch
        {
            Proto.OrganizationStatus.Active => OrganizationStanding.Active,
            Proto.OrganizationStatus.Suspended => OrganizationStanding.Suspended,
            Proto.OrganizationStatus.Closed => OrganizationStanding.Closed,
            Proto.OrganizationStatus.NotFound => OrganizationStanding.NotFound,
            _ => null,
        };
        if (standing is null)
        {
            return null;
        }

        var representative = response.LegalRepresentative switch
        {
            Proto.RepresentativeMatch.Match => RepresentativeCheck.Match,
            Proto.RepresentativeMatch.Mismatch => RepresentativeCheck.Mismatch,
            _ => RepresentativeCheck.NotRequested,
        };
        return new OrganizationVerification(standing.Value, string.IsNullOrEmpty(response.RegisteredName) ? null : response.RegisteredName,
            representative, CheckedAt(response.CheckedAt, now));
    }

    // A service that leaves checked_at out is taken to have checked when the answer arrived.
    private static DateTimeOffset CheckedAt(Timestamp? timestamp, DateTimeOffset now) =>
        timestamp is null ? now : timestamp.ToDateTimeOffset();
}
