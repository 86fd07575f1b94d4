using System.Data.Common;

namespace MedDevice.Hub.Storage.Writing;

/// <summary>One caller's share of a group commit; completed only after the commit that contains it.</summary>
internal abstract class WriteRequest
{
    public abstract Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

/// <summary>A write returning <typeparamref name="T"/>.</summary>
internal sealed class WriteRequest<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work) : WriteRequest
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _completion.Task;

    public override async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        _result = await work(connection, transaction, cancellationToken);

    public override void Complete() => _completion.TrySetResult(_result!);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
