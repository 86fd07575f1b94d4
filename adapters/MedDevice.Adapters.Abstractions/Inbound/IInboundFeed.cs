namespace MedDevice.Adapters.Inbound;

/// <summary>
/// One asynchronous inbound feed (<c>/api/v1/inbound/{feed}</c>, or a polled partner feed). <see cref="Inspect"/> runs before
/// the message is accepted (reject an invalid payload, find its ordering key); <see cref="PlanAsync"/> runs after, in the
/// processing stage, and returns what the message means as a <see cref="MessagePlan"/>. A feed never touches storage: the
/// shared pipeline applies the plan in one transaction with the inbox row's completion, so a plan must depend only on the
/// message (and the read interface it is given), and exceptions mean "try again" (the pipeline's attempt budget decides).
/// </summary>
public interface IInboundFeed
{
    /// <summary>The feed name.</summary>
    string Feed { get; }

    /// <summary>Checks a payload before acceptance.</summary>
    FeedInspection Inspect(ReadOnlyMemory<byte> body);

    /// <summary>Plans the effects of an accepted message.</summary>
    ValueTask<MessagePlan> PlanAsync(InboundMessage message, CancellationToken cancellationToken);
}
