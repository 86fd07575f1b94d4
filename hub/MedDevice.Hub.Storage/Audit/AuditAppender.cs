using System.Threading.Channels;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Audit;

/// <summary>
/// The one in-process writer of the audit chain. Group commit may run several writer loops (PostgreSQL), so appends
/// are funnelled through one channel and one loop that seals each batch after the last stored entry, inside a
/// group-commit transaction that also takes the dialect's audit lock (other processes). Checkpoints are taken
/// each time the chain crosses a multiple of <see cref="AuditAppenderOptions.CheckpointEvery"/> and on demand;
/// when signing fails the checkpoint is stored unsigned with the reason and appends go on.
/// </summary>
public sealed class AuditAppender : IAsyncDisposable
{
    private readonly AuditStore _store;
    private readonly GroupCommitWriter _writer;
    private readonly TimeProvider _time;
    private readonly IAuditCheckpointSigner? _signer;
    private readonly AuditAppenderOptions _options;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    /// <summary>Starts the append loop; <paramref name="signer"/> null means checkpoints are stored unsigned.</summary>
    public AuditAppender(AuditStore store, GroupCommitWriter writer, TimeProvider time, AuditAppenderOptions options, IAuditCheckpointSigner? signer)
    {
        _store = store;
        _writer = writer;
        _time = time;
        _options = options;
        _signer = signer;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Appends one entry; completes after the commit that holds it.</summary>
    public Task<AuditEntry> AppendAsync(AuditEvent audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var pending = new Pending(audit);
        return _queue.Writer.TryWrite(pending) ? pending.Entry.Task : Task.FromException<AuditEntry>(new InvalidOperationException("The audit appender is stopped."));
    }

    /// <summary>Takes a checkpoint of the chain as it stands after every earlier append; null when the log is empty.</summary>
    public Task<AuditCheckpoint?> CheckpointAsync()
    {
        var pending = new Pending(null);
        return _queue.Writer.TryWrite(pending) ? pending.Checkpoint.Task : Task.FromException<AuditCheckpoint?>(new InvalidOperationException("The audit appender is stopped."));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_options.MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _options.MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                if (pending.Event is null)
                {
                    break; // an on-demand checkpoint closes the batch, covering exactly what came before it
                }
            }

            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        var events = batch.Where(p => p.Event is not null).Select(p => p.Event!).ToList();
        var onDemand = batch[^1].Event is null;
        try
        {
            var (entries, checkpoint) = await _writer.WriteAsync(async (connection, transaction, ct) =>
            {
                var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
                var before = await _store.LastAsync(connection, transaction, ct);
                var appended = await _store.AppendAsync(connection, transaction, events, now, ct);
                var (last, lastHash) = appended.Count > 0 ? (appended[^1].Sequence, appended[^1].Hash) : before;
                var every = Math.Max(1, _options.CheckpointEvery);
                var due = onDemand || (appended.Count > 0 && last / every > before.Sequence / every);
                AuditCheckpoint? taken = due && last > 0
                    ? await _store.InsertCheckpointAsync(connection, transaction, Sign(last, lastHash, now), ct)
                    : null;
                return (appended, taken);
            });
            var next = 0;
            foreach (var pending in batch)
            {
                if (pending.Event is null)
                {
                    pending.Checkpoint.TrySetResult(checkpoint);
                }
                else
                {
                    pending.Entry.TrySetResult(entries[next++]);
                }
            }
        }
        catch (Exception ex)
        {
            batch.ForEach(p => p.Fail(ex));
        }
    }

    private AuditCheckpoint Sign(long lastSequence, string lastHash, long now)
    {
        if (_signer is null)
        {
            return Unsigned("no signing key is configured");
        }

        try
        {
            var (signature, publicKey) = _signer.Sign(lastSequence, lastHash, now);
            return new AuditCheckpoint(0, lastSequence, lastHash, now, AuditCheckpointStatus.SignedStatus, signature, publicKey, null);
        }
#pragma warning disable CA1031 // a failing signer must never stop the audit trail: the gap is recorded instead
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Unsigned($"signing failed: {ex.GetType().Name}: {ex.Message}");
        }

        AuditCheckpoint Unsigned(string reason) =>
            new(0, lastSequence, lastHash, now, AuditCheckpointStatus.UnsignedStatus, null, null, reason);
    }

    private sealed class Pending(AuditEvent? audit)
    {
        public AuditEvent? Event { get; } = audit;

        public TaskCompletionSource<AuditEntry> Entry { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<AuditCheckpoint?> Checkpoint { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Fail(Exception exception)
        {
            if (Event is null)
            {
                Checkpoint.TrySetException(exception);
            }
            else
            {
                Entry.TrySetException(exception);
            }
        }
    }
}
