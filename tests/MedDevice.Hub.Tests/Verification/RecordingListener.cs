using System.Collections.Concurrent;
using MedDevice.Hub.Verification;

namespace MedDevice.Hub.Tests.Verification;

/// <summary>A completion listener that records what it is told, after failing the first <see cref="FailuresLeft"/> calls.</summary>
public sealed class RecordingListener : IActorVerificationListener
{
    private int _failuresLeft;

    public int FailuresLeft { get => _failuresLeft; init => _failuresLeft = value; }

    public ConcurrentQueue<ActorVerificationCompleted> Completed { get; } = new();

    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task OnVerifiedAsync(ActorVerificationCompleted completed, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("listener temporarily down");
        }

        Completed.Enqueue(completed);
        return Task.CompletedTask;
    }
}
