namespace MedDevice.Hub.Processing;

/// <summary>
/// Sees each message inside its transaction, after its plan, completion and receipt were written and before the commit
/// (asynchronous feeds and synchronous submissions alike).
/// A throw rolls the whole message back (effects, events and receipt) and counts as a failed attempt. The host registers
/// none; tests use it to inject a fault between plan and commit.
/// </summary>
public interface IPlanCommitObserver
{
    /// <summary>Runs before the commit of the message <paramref name="hubMessageId"/>.</summary>
    ValueTask BeforeCommitAsync(string hubMessageId, CancellationToken cancellationToken);
}
