using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Tests.Infrastructure;
using MedDevice.Testing.Polling;
using MedDevice.Testing.PostgreSql;
using Npgsql;

namespace MedDevice.Hub.Storage.Tests.Locks;

/// <summary>
/// The lock hub processes share on PostgreSQL (two dialect instances stand for two processes: separate connection
/// pools): a second holder of the same key waits until the first lets go; other keys do not wait; SQLite has none.
/// </summary>
public sealed class CrossProcessLockTests(PostgreSqlTestDatabase database) : IClassFixture<PostgreSqlTestDatabase>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task LockAcrossProcesses_SameKeyInAnotherProcess_WaitsUntilReleased()
    {
        using var processA = new PostgreSqlDialect(database.ConnectionString);
        using var processB = new PostgreSqlDialect(database.ConnectionString);
        const long key = 4_200_001;

        var first = (await processA.LockAcrossProcessesAsync(key, CancellationToken.None)).ShouldNotBeNull();
        var second = processB.LockAcrossProcessesAsync(key, CancellationToken.None);
        var other = await processB.LockAcrossProcessesAsync(key + 1, CancellationToken.None).WaitAsync(Bound);

        // The second request is seen queued behind the first in pg_locks: it is blocked there, not merely slow.
        await Eventually.UntilAsync(() => WaitersAsync(key), waiters => waiters > 0, "process B to wait for the advisory lock", Bound);
        second.IsCompleted.ShouldBeFalse("the same key is held by the other process");
        await first.DisposeAsync();
        var acquired = (await second.WaitAsync(Bound)).ShouldNotBeNull();
        await acquired.DisposeAsync();
        await other!.DisposeAsync();
    }

    [Fact]
    public async Task LockAcrossProcesses_Released_CanBeTakenAgainAtOnce()
    {
        using var dialect = new PostgreSqlDialect(database.ConnectionString);
        for (var i = 0; i < 3; i++)
        {
            var held = await dialect.LockAcrossProcessesAsync(4_200_010, CancellationToken.None).WaitAsync(Bound);
            await held!.DisposeAsync();
        }
    }

    [Fact]
    public async Task LockAcrossProcesses_Sqlite_IsNotNeeded()
    {
        using var sqlite = new SqliteTestDatabase();
        var dialect = new SqliteDialect(sqlite.ConnectionString);

        (await dialect.LockAcrossProcessesAsync(1, CancellationToken.None)).ShouldBeNull();
    }

    /// <summary>Sessions waiting (not granted) for the session-level advisory lock on <paramref name="key"/> (a key below 2^32).</summary>
    private async Task<long> WaitersAsync(long key)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 0 AND objid::bigint = @key AND objsubid = 1", connection);
        command.Parameters.AddWithValue("key", key);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
