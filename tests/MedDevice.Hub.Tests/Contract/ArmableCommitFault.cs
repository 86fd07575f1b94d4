using MedDevice.Hub.Processing;

namespace MedDevice.Hub.Tests.Contract;

/// <summary>
/// A fault between plan and commit: while armed it throws inside the next message's transaction (after its effects and
/// receipt were written), so the whole transaction rolls back; it disarms itself after striking once.
/// </summary>
internal sealed class ArmableCommitFault : IPlanCommitObserver
{
    private TaskCompletionSource<string>? _armed;

    /// <summary>Arms the fault; the task completes with the message id it struck.</summary>
    public Task<string> Arm()
    {
        var armed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _armed, armed);
        return armed.Task;
    }

    public ValueTask BeforeCommitAsync(string hubMessageId, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _armed, null) is { } armed)
        {
            armed.TrySetResult(hubMessageId);
            throw new InvalidOperationException("injected fault between plan and commit");
        }

        return ValueTask.CompletedTask;
    }
}
