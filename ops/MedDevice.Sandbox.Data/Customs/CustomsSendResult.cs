using MedDevice.Adapters.Customs.Reply;

namespace MedDevice.Sandbox.Data.Customs;

/// <summary>One exchange with the hub: the HTTP status, the reply as read, and the round-trip time.</summary>
public sealed record CustomsSendResult(int Status, CustomsReply Reply, TimeSpan Elapsed);
