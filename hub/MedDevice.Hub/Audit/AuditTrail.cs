using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Storage.Audit;

namespace MedDevice.Hub.Audit;

/// <summary>The audit trail over the storage appender; a broken audit write never fails the request it describes.</summary>
public sealed partial class AuditTrail(AuditAppender appender, ILogger<AuditTrail> logger) : IAuditTrail
{
    /// <inheritdoc />
    public async Task RecordAsync(AuditEvent audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        try
        {
            await appender.AppendAsync(audit);
        }
#pragma warning disable CA1031 // the caller's response must not depend on the audit store's health; the failure is logged
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogAppendFailed(logger, ex, audit.Action, audit.Outcome);
        }
    }

    /// <inheritdoc />
    public Task<AuditCheckpoint?> CheckpointAsync() => appender.CheckpointAsync();

    [LoggerMessage(EventId = LogEvents.AuditAppendFailed, Level = LogLevel.Error, Message = "Audit entry {Action} ({Outcome}) could not be written")]
    private static partial void LogAppendFailed(ILogger logger, Exception exception, string action, string outcome);
}
