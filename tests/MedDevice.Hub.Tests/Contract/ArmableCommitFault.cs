using MedDevice.Hub.Processing;

namespace MedDevice.Hub.Tests.Contract;

/// <summary>
/// A fault between plan and commit: once armed, it throws inside the transaction of the next message it sees (after its
/// effects and receipt were written), and keeps throwing for that message — the group-commit writer runs a failed
/// group's work again alone — until disarmed, so the whole transaction rolls back every time.
/// </summary>
internal sealed class ArmableCommitFault : IPlanCommitObserver
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<string>? _armed;
    private string? _target;

    /// <summary>Arms the fault; the task completes with the message id it struck.</summary>
    public Task<string> Arm()
    {
        lock (_gate)
        {
            _armed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _target = null;
            return _armed.Task;
        }
    }

    /// <summary>Lets the struck message through from now on.</summary>
    public void Disarm()
    {
        lock (_gate)
        {
            _armed = null;
            _target = null;
        }
    }

    public ValueTask BeforeCommitAsync(string hubMessageId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_armed is null)
            {
                return ValueTask.CompletedTask;
            }

            _target ??= hubMessageId;
            if (_target != hubMessageId)
            {
                return ValueTask.CompletedTask;
            }

            _armed.TrySetResult(hubMessageId);
        }

        throw new InvalidOperationException("injected fault between plan and commit");
    }
}
