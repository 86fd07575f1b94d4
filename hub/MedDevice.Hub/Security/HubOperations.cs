using MedDevice.Adapters.Operations;

namespace MedDevice.Hub.Security;

/// <summary>
/// The hub's own operations (inbound, messages, FHIR, administration); authorisation is decided per operation, deny by
/// default. Partner modules register theirs beside their endpoints (<see cref="PartnerOperationServiceExtensions.AddPartnerOperations"/>).
/// </summary>
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

    /// <summary>Record and list recalls and unsafe lots.</summary>
    public const string AdminRecalls = "admin.recalls";

    /// <summary>Set and list reference prices.</summary>
    public const string AdminPrices = "admin.prices";

    /// <summary>Who may perform the hub's own operations: any partner for feeds, messages and FHIR; operators for administration.</summary>
    public static IReadOnlyList<PartnerOperation> Registrations { get; } =
    [
        PartnerOperation.ForAnyPartner(InboundPost),
        PartnerOperation.ForAnyPartner(MessageRead),
        PartnerOperation.ForAnyPartner(Fhir),
        PartnerOperation.For(AdminQueues, Partners.Partner.AdminRole),
        PartnerOperation.For(AdminDeadLetterRead, Partners.Partner.AdminRole),
        PartnerOperation.For(AdminDeadLetterReplay, Partners.Partner.AdminRole),
        PartnerOperation.For(AdminPartners, Partners.Partner.AdminRole),
        PartnerOperation.For(AdminRecalls, Partners.Partner.AdminRole),
        PartnerOperation.For(AdminPrices, Partners.Partner.AdminRole),
    ];
}
