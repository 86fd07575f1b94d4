using MedDevice.Adapters.Customs.Reply;

namespace MedDevice.Sandbox.Data.Customs;

/// <summary>One exchange with the hub: the HTTP status, the reply as read, the round-trip time and the raw reply.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Reply">The reply as read; a reply that is not XML at all has one schema error saying so.</param>
/// <param name="Elapsed">Round-trip time.</param>
/// <param name="Body">The raw reply bytes.</param>
public sealed record CustomsSendResult(int Status, CustomsReply Reply, TimeSpan Elapsed, byte[] Body);
