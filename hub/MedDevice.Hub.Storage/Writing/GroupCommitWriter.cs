using System.Data.Common;
using System.Threading.Channels;
using MedDevice.Hub.Storage.Dialects;

namespace MedDevice.Hub.Storage.Writing;

/// <summary>
/// Groups concurrent writes into one transaction per batch, so durability costs one fsync per batch rather
/// than per message. Each caller's task completes only after the commit that holds its write. SQLite runs
/// one writer (its single-writer model); PostgreSQL may run several. If a batch fails, its writes are
/// retried one by one so one bad write cannot fail its neighbours.
/// </summary>
public sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly SqlDialect _dialect;
    private readonly int _maxBatch;
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = false });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _writers;

    /// <summary>Starts <paramref name="writers"/> writer loops.</summary>
    public GroupCommitWriter(SqlDialect dialect, int writers = 1, int maxBatch = 512)
    {
        _dialect = dialect;
        _maxBatch = maxBatch;
        _writers = Enumerable.Range(0, Math.Max(1, writers)).Select(_ => Task.Run(RunAsync)).ToArray();
    }

    /// <summary>Runs <paramref name="work"/> inside the next group transaction; returns after that transaction commits.</summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work)
    {
        var request = new WriteRequest<T>(work);
        if (!_queue.Writer.TryWrite(request))
        {
            throw new InvalidOperationException("The writer is stopped.");
        }

        return request.Task;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_writers).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync();
        }

        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteRequest>(_maxBatch);
        var reader = _queue.Reader;
        await using var connection = new WriterConnection(_dialect);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            if (batch.Count > 0)
            {
                await CommitAsync(connection, batch);
            }
        }
    }

    private async Task CommitAsync(WriterConnection connection, List<WriteRequest> batch)
    {
        try
        {
            await ExecuteInTransactionAsync(connection, batch);
            batch.ForEach(r => r.Complete());
        }
        catch (Exception ex) when (batch.Count > 1 && ex is not OperationCanceledException)
        {
            foreach (var request in batch)
            {
                await CommitAloneAsync(connection, request);
            }
        }
        catch (Exception ex)
        {
            batch.ForEach(r => r.Fail(ex));
        }
    }

    private async Task CommitAloneAsync(WriterConnection connection, WriteRequest request)
    {
        try
        {
            await ExecuteInTransactionAsync(connection, [request]);
            request.Complete();
        }
        catch (Exception ex)
        {
            request.Fail(ex);
        }
    }

    private async Task ExecuteInTransactionAsync(WriterConnection connection, List<WriteRequest> batch)
    {
        // A deadlock or serialization failure rolls the whole transaction back: run it again (the work is repeatable).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnceAsync(connection, batch);
                return;
            }
            catch (DbException ex) when (attempt < 5 && ex.SqlState is "40P01" or "40001")
            {
                await Task.Delay(attempt * 5, _stopping.Token);
            }
        }
    }

    private async Task ExecuteOnceAsync(WriterConnection writer, List<WriteRequest> batch)
    {
        var token = _stopping.Token;
        var connection = await writer.OpenAsync(token);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            foreach (var request in batch)
            {
                await request.ExecuteAsync(connection, transaction, token);
            }

            await transaction.CommitAsync(token);
        }
        catch
        {
            // Whatever failed, the next batch starts on a fresh connection with nothing left over from this one.
            await writer.ResetAsync();
            throw;
        }
        finally
        {
            await writer.ReleaseAsync();
        }
    }

    /// <summary>
    /// The connection a writer loop runs its batches on. SQLite: one connection kept open for the writer's lifetime, so
    /// its statements stay prepared across batches (<see cref="SqliteStatementCache"/>, attached by the dialect); SQLite
    /// allows a single writer, so there is nothing to share it with. PostgreSQL: a pooled connection per batch (Npgsql
    /// prepares statements itself).
    /// </summary>
    private sealed class WriterConnection(SqlDialect dialect) : IAsyncDisposable
    {
        private readonly bool _keep = dialect.Provider == StorageProvider.Sqlite;
        private DbConnection? _connection;

        public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
            _connection ??= await dialect.OpenConnectionAsync(cancellationToken);

        public ValueTask ReleaseAsync() => _keep ? ValueTask.CompletedTask : ResetAsync();

        public async ValueTask ResetAsync()
        {
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }
        }

        public ValueTask DisposeAsync() => ResetAsync();
    }
}
