using System.Globalization;
using MedDevice.Hub.Core.Audit;

namespace MedDevice.Hub.Audit;

/// <summary>Audit entries of the inbound endpoint: who was refused on which feed, with the status and code hashed as details.</summary>
public static class InboundAudit
{
    /// <summary>A refused inbound request.</summary>
    public static AuditEvent Denied(string actor, string feed, int status, string code) =>
        new(actor, AuditActions.InboundDeny, feed, AuditOutcomes.Denied,
            DetailsHash: AuditDetails.Hash([new("status", status.ToString(CultureInfo.InvariantCulture)), new("code", code)]));
}
