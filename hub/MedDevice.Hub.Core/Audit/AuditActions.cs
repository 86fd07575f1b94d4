namespace MedDevice.Hub.Core.Audit;

/// <summary>Stable action names recorded in the audit log.</summary>
public static class AuditActions
{
    /// <summary>An inbound message was accepted.</summary>
    public const string InboundAccept = "inbound.accept";

    /// <summary>An inbound message was refused (authentication, authorisation, idempotency conflict, validation).</summary>
    public const string InboundDeny = "inbound.deny";

    /// <summary>Prefix of admin API actions (<c>admin.queues</c>, <c>admin.dlq.list</c>, <c>admin.dlq.replay</c>, …).</summary>
    public const string AdminPrefix = "admin.";

    /// <summary>A partner was registered.</summary>
    public const string PartnerAdd = "partner.add";

    /// <summary>A checkpoint was requested on demand.</summary>
    public const string AuditCheckpoint = "audit.checkpoint";
}
