using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Storage.Tests.Writing;

/// <summary>
/// The group-commit writer's prepared statements: a statement text is compiled once per kept connection and every lease
/// runs with its own parameter values; nested use of a text and other connections get plain commands.
/// </summary>
public sealed class SqliteStatementCacheTests : IAsyncLifetime
{
    private const string Insert = "INSERT INTO t (k, v) VALUES (@k, @v)";
    private const string Select = "SELECT v FROM t WHERE k = @k";

    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-statements-").FullName;
    private SqliteConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False");
        await _connection.OpenAsync();
        await using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)";
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Command_OnAttachedConnection_ReusesOneCommandPerText_WithEachLeasesValues()
    {
        using var cache = SqliteStatementCache.Attach(_connection);
        await using var transaction = await _connection.BeginTransactionAsync();
        DbCommand? first = null;
        for (var k = 1; k <= 3; k++)
        {
            await using var command = _connection.Command(transaction, Insert, ("k", k), ("v", "value " + k));
            first ??= command;
            command.ShouldBeSameAs(first, "a handed-back command is leased again for the same text");
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        for (var k = 3; k >= 1; k--)
        {
            await using var command = _connection.Command(transaction, Select, ("k", k));
            (await command.ExecuteScalarAsync()).ShouldBe("value " + k);
        }

        cache.Count.ShouldBe(2);
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task Command_SameTextWhileLeased_GetsAPlainCommand()
    {
        using var cache = SqliteStatementCache.Attach(_connection);
        await _connection.ExecuteAsync(null, Insert, CancellationToken.None, ("k", 1), ("v", "one"));
        await _connection.ExecuteAsync(null, Insert, CancellationToken.None, ("k", 2), ("v", "two"));

        await using var outer = _connection.Command(null, Select, ("k", 1));
        await using var reader = await outer.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        await using var inner = _connection.Command(null, Select, ("k", 2));
        inner.ShouldNotBeSameAs(outer);
        (await inner.ExecuteScalarAsync()).ShouldBe("two");
        reader.GetString(0).ShouldBe("one");
    }

    [Fact]
    public async Task Command_AfterCacheDisposed_OrOnAnotherConnection_IsNotCached()
    {
        await using var other = new SqliteConnection(_connection.ConnectionString);
        await other.OpenAsync();
        var cache = SqliteStatementCache.Attach(_connection);
        await using (var a = other.Command(null, Select, ("k", 1)))
        await using (var b = other.Command(null, Select, ("k", 1)))
        {
            a.ShouldNotBeSameAs(b, "a connection without a cache gets a new command each time");
        }

        DbCommand leased;
        await using (leased = _connection.Command(null, Select, ("k", 1)))
        {
            cache.Count.ShouldBe(1);
        }

        cache.Dispose();
        await using var after = _connection.Command(null, Select, ("k", 1));
        after.ShouldNotBeSameAs(leased);
        SqliteStatementCache.Lease(_connection, null, Select).ShouldBeNull();
    }

    [Fact]
    public async Task DialectConnection_CachesUntilClosed()
    {
        var dialect = new SqliteDialect($"Data Source={Path.Combine(_folder, "db.sqlite")}");
        var connection = await dialect.OpenConnectionAsync(CancellationToken.None);
        DbCommand first;
        await using (first = connection.Command(null, Select, ("k", 1)))
        {
            (await first.ExecuteScalarAsync()).ShouldBeNull();
        }

        await using (var again = connection.Command(null, Select, ("k", 1)))
        {
            again.ShouldBeSameAs(first, "the dialect's connections keep their statements while open");
        }

        await connection.DisposeAsync();
        SqliteStatementCache.Lease(connection, null, Select).ShouldBeNull();
    }

    [Fact]
    public async Task Command_BeyondTheLimit_RunsUncached()
    {
        using var cache = SqliteStatementCache.Attach(_connection);
        for (var i = 0; i < SqliteStatementCache.MaxStatements + 5; i++)
        {
            await using var command = _connection.Command(null, $"SELECT {i} + @x", ("x", 1));
            (await command.ExecuteScalarAsync()).ShouldBe((long)i + 1);
        }

        cache.Count.ShouldBe(SqliteStatementCache.MaxStatements);
    }
}
