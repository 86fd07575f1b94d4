using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Processing;

/// <summary>
/// Sees each message's result inside its transaction, after its plan and completion were written and before the commit.
/// A throw rolls the whole message back (effects, events and receipt) and counts as a failed attempt. The host registers
/// none; tests use it to inject a fault between plan and commit.
/// </summary>
public interface IPlanCommitObserver
{
    /// <summary>Runs before the commit of <paramref name="result"/>.</summary>
    ValueTask BeforeCommitAsync(ProcessingResult result, CancellationToken cancellationToken);
}
