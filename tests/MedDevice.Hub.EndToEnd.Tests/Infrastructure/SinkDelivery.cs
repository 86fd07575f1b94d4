namespace MedDevice.Hub.EndToEnd.Infrastructure;

/// <summary>One delivery a sink accepted (answered 2xx), in arrival order.</summary>
/// <param name="Sequence">Arrival order within the sink (1-based).</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> header: hub message id + ':' + subscriber id.</param>
/// <param name="HubMessageId">The <c>X-Hub-Message-Id</c> header.</param>
/// <param name="Node">The <c>X-Hub-Node</c> header: which hub process sent it.</param>
/// <param name="ReceivedTimestamp">Arrival time as <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>.</param>
public sealed record SinkDelivery(long Sequence, string IdempotencyKey, string HubMessageId, string? Node, long ReceivedTimestamp);
