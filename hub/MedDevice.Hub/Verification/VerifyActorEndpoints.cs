using System.Globalization;
using System.Text.Json;
using MedDevice.Adapters.Identity;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Resilience;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Core.Identifiers.PersonalId;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Security;

namespace MedDevice.Hub.Verification;

/// <summary>
/// <c>POST /api/v1/verify/actor</c>: a person or an organisation in, the identity service's verdict out, within the
/// partner's deadline (<c>X-Hub-Deadline-Ms</c>, else <c>Hub:Verification:DefaultDeadline</c>). When the service
/// cannot answer in time (down, circuit open, too slow) the answer is <c>202 pending</c>, never a guess. Every
/// lookup is audited; personal data is in memory for the request only.
/// </summary>
public static class VerifyActorEndpoints
{
    /// <summary>The header carrying the partner's deadline in milliseconds.</summary>
    public const string DeadlineHeader = "X-Hub-Deadline-Ms";

    /// <summary>Seconds a partner is told to wait before asking again after <c>pending</c>.</summary>
    public const int RetryAfterSeconds = 5;

    private const int MinimumDeadlineMs = 100;

    // Kept back from the partner's deadline for the audit write and the response.
    private static readonly TimeSpan ResponseMargin = TimeSpan.FromMilliseconds(50);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapVerification(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/verify/actor", VerifyAsync).RequiresOperation(VerificationOperations.VerifyActor);
        return endpoints;
    }

    private static async Task<IResult> VerifyAsync(HttpRequest request, IIdentityVerifier verifier, IAuditTrail audit, Pseudonymizer pseudonymizer,
        HubMessageIdGenerator ids, VerificationOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var partner = PartnerContext.Get(request.HttpContext) ?? throw new InvalidOperationException("The authorisation middleware lets only partners through.");
        if (Deadline(request, options) is not { } deadline)
        {
            return Problems.Create(400, VerificationErrorCodes.BadDeadline, "Bad deadline",
                $"{DeadlineHeader} must be a whole number of milliseconds from {MinimumDeadlineMs} to {(int)options.MaxDeadline.TotalMilliseconds}.");
        }

        VerifyActorRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<VerifyActorRequest>(request.Body, Json, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Problems.Create(400, VerificationErrorCodes.MalformedBody, "Malformed body", "The body must be a JSON object.");
        }

        var validated = VerifyActorValidator.Validate(body, DateOnly.FromDateTime(started.UtcDateTime));
        if (!validated.Ok)
        {
            return Problems.Create(422, VerificationErrorCodes.InvalidRequest, "Invalid verification request", validated.Issues[0].Message, validated.Issues);
        }

        var context = new VerificationContext(partner.Id, validated.Purpose, validated.LegalBasis, ids.Next());
        var budget = deadline - (time.GetUtcNow() - started) - ResponseMargin;
        return validated.Query switch
        {
            CitizenQuery citizen => await CitizenAsync(citizen, context, budget, verifier, audit, pseudonymizer, cancellationToken),
            OrganizationQuery organization => await OrganizationAsync(organization, context, budget, verifier, audit, pseudonymizer, cancellationToken),
            _ => throw new InvalidOperationException("Unknown query kind."),
        };
    }

    private static async Task<IResult> CitizenAsync(CitizenQuery query, VerificationContext context, TimeSpan budget, IIdentityVerifier verifier,
        IAuditTrail audit, Pseudonymizer pseudonymizer, CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyCitizenAsync(query, context, budget, cancellationToken);
        var target = pseudonymizer.Pseudonymize(PersonalDataKind.PersonalId, query.PersonalId).Pseudonym ?? "psn:invalid";
        var outcome = result.Value is { } answer ? VerificationOutcomes.Of(answer.Verdict) : Unanswered(result.Failure!);
        await audit.RecordAsync(VerificationAudit.Lookup(VerificationAudit.CitizenAction, target, context, outcome, result.Value?.FromCache ?? false, result.Failure?.Code));
        if (result.Value is not { } verification)
        {
            return NoVerdict(context, "person", result.Failure!, masked: PersonalIdMasking.Mask(query.PersonalId), taxCode: null);
        }

        return Results.Json(new VerdictView
        {
            RequestId = context.RequestId,
            Subject = "person",
            Verdict = outcome,
            PersonalId = PersonalIdMasking.Mask(query.PersonalId),
            MismatchedFields = verification.MismatchedFields.Select(VerificationOutcomes.Of).ToList(),
            VneidLevel = verification.VneidLevel,
            CheckedAt = verification.CheckedAt,
            FromCache = verification.FromCache,
        });
    }

    private static async Task<IResult> OrganizationAsync(OrganizationQuery query, VerificationContext context, TimeSpan budget, IIdentityVerifier verifier,
        IAuditTrail audit, Pseudonymizer pseudonymizer, CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyOrganizationAsync(query, context, budget, cancellationToken);
        var personalCode = query.TaxCode.Length == PersonalIdParser.Length;
        var target = personalCode ? pseudonymizer.Pseudonymize(PersonalDataKind.PersonalId, query.TaxCode).Pseudonym ?? "psn:invalid" : query.TaxCode;
        var shown = personalCode ? PersonalIdMasking.Mask(query.TaxCode) : query.TaxCode;
        var outcome = result.Value is { } answer ? VerificationOutcomes.Of(answer.Standing) : Unanswered(result.Failure!);
        await audit.RecordAsync(VerificationAudit.Lookup(VerificationAudit.OrganizationAction, target, context, outcome, result.Value?.FromCache ?? false, result.Failure?.Code));
        if (result.Value is not { } verification)
        {
            return NoVerdict(context, "organization", result.Failure!, masked: null, taxCode: shown);
        }

        return Results.Json(new VerdictView
        {
            RequestId = context.RequestId,
            Subject = "organization",
            Verdict = outcome,
            TaxCode = shown,
            RegisteredName = verification.RegisteredName,
            LegalRepresentative = VerificationOutcomes.Of(verification.LegalRepresentative),
            CheckedAt = verification.CheckedAt,
            FromCache = verification.FromCache,
        });
    }

    private static string Unanswered(AdapterFailure failure) =>
        failure.Kind == AdapterFailureKind.Rejected ? VerificationOutcomes.Rejected : VerificationOutcomes.Pending;

    private static IResult NoVerdict(VerificationContext context, string subject, AdapterFailure failure, string? masked, string? taxCode)
    {
        if (failure.Kind == AdapterFailureKind.Rejected)
        {
            return Problems.Create(422, VerificationErrorCodes.RejectedByService, "Refused by the identity service", failure.Message);
        }

        return new PendingResult(new VerdictView
        {
            RequestId = context.RequestId,
            Subject = subject,
            Verdict = VerificationOutcomes.Pending,
            PersonalId = masked,
            TaxCode = taxCode,
            Reason = failure.Code,
        });
    }

    private static TimeSpan? Deadline(HttpRequest request, VerificationOptions options)
    {
        var header = request.Headers[DeadlineHeader].ToString();
        if (header.Length == 0)
        {
            return options.DefaultDeadline;
        }

        return int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms >= MinimumDeadlineMs && ms <= options.MaxDeadline.TotalMilliseconds
            ? TimeSpan.FromMilliseconds(ms)
            : null;
    }

    /// <summary>202 with <c>Retry-After</c> and the pending verdict.</summary>
    private sealed class PendingResult(VerdictView view) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Results.Json(view, statusCode: StatusCodes.Status202Accepted).ExecuteAsync(httpContext);
        }
    }
}
