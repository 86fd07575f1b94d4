namespace MedDevice.Hub.Core.Audit;

/// <summary>The first broken link: where and why.</summary>
/// <param name="Sequence">The sequence number at which the chain breaks.</param>
/// <param name="Reason">What kind of tampering it shows.</param>
/// <param name="Detail">A sentence for operators.</param>
public sealed record AuditBreak(long Sequence, AuditBreakReason Reason, string Detail);
