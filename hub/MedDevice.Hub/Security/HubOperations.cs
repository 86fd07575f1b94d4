namespace MedDevice.Hub.Security;

/// <summary>The operations endpoints declare; authorisation is decided per operation, deny by default.</summary>
public static class HubOperations
{
    /// <summary>POST to an inbound feed (the feed allowance is checked by the endpoint, which quarantines refusals).</summary>
    public const string InboundPost = "inbound.post";

    /// <summary>Read a message's stages (own messages; operators all).</summary>
    public const string MessageRead = "messages.read";

    /// <summary>Queue figures.</summary>
    public const string AdminQueues = "admin.queues";

    /// <summary>List and show dead letters.</summary>
    public const string AdminDeadLetterRead = "admin.dlq.read";

    /// <summary>Replay dead letters.</summary>
    public const string AdminDeadLetterReplay = "admin.dlq.replay";

    /// <summary>Manage the partner registry.</summary>
    public const string AdminPartners = "admin.partners";

    /// <summary>A FHIR REST interaction (the interaction itself is checked per partner by <c>FhirAccess</c>).</summary>
    public const string Fhir = "fhir";

    /// <summary>Submit customs declarations over SOAP (<c>/soap/customs</c>): role <c>customs</c>.</summary>
    public const string CustomsSubmit = "customs.submit";

    /// <summary>Record and list recalls and unsafe lots.</summary>
    public const string AdminRecalls = "admin.recalls";

    /// <summary>Set and list reference prices.</summary>
    public const string AdminPrices = "admin.prices";

    /// <summary>The role of customs systems.</summary>
    public const string CustomsRole = "customs";

    /// <summary>Verify a person or an organisation against the population database / enterprise register.</summary>
    public const string VerifyActor = "verify.actor";

    /// <summary>The role granting <see cref="VerifyActor"/> to partners that are neither e-commerce platforms nor operators.</summary>
    public const string VerifierRole = "verifier";

    /// <summary>Roles each operation needs (any of); an empty set = any authenticated partner.</summary>
    public static IReadOnlySet<string> RolesFor(string operation) => operation switch
    {
        InboundPost or MessageRead or Fhir => EmptyRoles,
        AdminQueues or AdminDeadLetterRead or AdminDeadLetterReplay or AdminPartners or AdminRecalls or AdminPrices => AdminOnly,
        CustomsSubmit => CustomsOnly,
        VerifyActor => Verifiers,
        _ => Nobody,
    };

    /// <summary>Marker for an operation nobody may call (unknown operations are denied).</summary>
    public const string NobodyRole = "\u0000nobody";

    private static readonly IReadOnlySet<string> EmptyRoles = new HashSet<string>();
    private static readonly IReadOnlySet<string> AdminOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Partners.Partner.AdminRole };
    private static readonly IReadOnlySet<string> CustomsOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { CustomsRole };
    private static readonly IReadOnlySet<string> Verifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "ecommerce", VerifierRole, Partners.Partner.AdminRole };
    private static readonly IReadOnlySet<string> Nobody = new HashSet<string> { NobodyRole };
}
