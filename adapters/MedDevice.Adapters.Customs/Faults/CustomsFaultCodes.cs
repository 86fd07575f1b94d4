namespace MedDevice.Adapters.Customs.Faults;

/// <summary>
/// Stable codes of refused customs messages (SOAP Fault detail <c>CustomsFault/Code</c>). Unreadable XML keeps the safe
/// reader's own codes: <c>XML-001</c> malformed, <c>XML-002</c> DTD (entity bombs, external entities), <c>XML-003</c> too
/// large, <c>XML-004</c> too deep, <c>XML-005</c> too many elements.
/// </summary>
public static class CustomsFaultCodes
{
    /// <summary>Not a SOAP 1.1 envelope whose body holds one NSW Envelope.</summary>
    public const string NotSoap = "CUS-MSG-001";

    /// <summary>A SOAP 1.2 (or other) envelope: VersionMismatch.</summary>
    public const string VersionMismatch = "CUS-MSG-002";

    /// <summary>The envelope or its content breaks the XSD.</summary>
    public const string SchemaViolation = "CUS-MSG-003";

    /// <summary>The documentType is not one the hub knows.</summary>
    public const string UnknownDocumentType = "CUS-MSG-004";

    /// <summary>The message type or function is not one the hub accepts.</summary>
    public const string UnknownFunction = "CUS-MSG-005";

    /// <summary>The Content is not the document the documentType and type call for.</summary>
    public const string WrongContent = "CUS-MSG-006";

    /// <summary>From/identity is not the authenticated partner.</summary>
    public const string SenderMismatch = "CUS-MSG-007";

    /// <summary>The messageId was used before with a different message.</summary>
    public const string MessageIdReused = "CUS-MSG-008";

    /// <summary>An amendment or cancellation of a declaration the hub never received.</summary>
    public const string UnknownDeclaration = "CUS-MSG-009";

    /// <summary>A declaration or amendment of a cancelled declaration.</summary>
    public const string DeclarationCancelled = "CUS-MSG-010";

    /// <summary>An amendment older than the one recorded (its ICN amendment digit is lower).</summary>
    public const string StaleAmendment = "CUS-MSG-011";

    /// <summary>The body is larger than the hub accepts.</summary>
    public const string TooLarge = "CUS-MSG-012";

    /// <summary>The body is empty.</summary>
    public const string Empty = "CUS-MSG-013";

    /// <summary>The envelope carries no signature.</summary>
    public const string SignatureMissing = "CUS-SIG-001";

    /// <summary>The signature does not verify (the message was altered or signed with another key).</summary>
    public const string SignatureInvalid = "CUS-SIG-002";

    /// <summary>The signing certificate is not one registered for the partner.</summary>
    public const string CertificateNotRegistered = "CUS-SIG-003";

    /// <summary>The signature's structure or algorithms are not accepted (one enveloped RSA-SHA-2 signature over the Envelope, with its certificate).</summary>
    public const string SignatureUnsupported = "CUS-SIG-004";

    /// <summary>The signing certificate is expired or not yet valid.</summary>
    public const string CertificateExpired = "CUS-SIG-005";

    /// <summary>The partner has no registered certificate, so no signature can be verified.</summary>
    public const string NoRegisteredCertificate = "CUS-SIG-006";

    /// <summary>Not authenticated (no or unknown credentials): HTTP 401.</summary>
    public const string Unauthenticated = "CUS-AUTH-401";

    /// <summary>The partner may not submit customs declarations: HTTP 403.</summary>
    public const string Forbidden = "CUS-AUTH-403";

    /// <summary>The partner's rate limit is exhausted: HTTP 429 with <c>Retry-After</c>.</summary>
    public const string Throttled = "CUS-RATE-429";

    /// <summary>The hub failed; resend later.</summary>
    public const string ServerError = "CUS-SRV-500";

    /// <summary>The declaration changed concurrently; resend.</summary>
    public const string Conflict = "CUS-SRV-503";
}
