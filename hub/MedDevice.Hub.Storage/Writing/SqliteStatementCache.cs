using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Storage.Writing;

/// <summary>
/// Prepared statements kept for one open SQLite connection (every connection <see cref="Dialects.SqliteDialect"/> opens has
/// one until it closes), so a statement run again on the same connection (a query per declaration line; the group-commit
/// writer's inserts, whose connection stays open) is compiled once rather than on every run: SQLite has no statement
/// cache of its own, and Microsoft.Data.Sqlite prepares a command's text again for every new command.
/// <see cref="DbCommandExtensions.Command"/> leases from it transparently: a leased command is the caller's until it is
/// disposed, which only hands it back.
/// </summary>
/// <remarks>
/// Only one caller at a time uses the connection (SQLite connections are not shared between threads), so the cache needs
/// no locking. A text asked for again while its command is still leased (nested use) gets a fresh, uncached command.
/// </remarks>
internal sealed class SqliteStatementCache : IDisposable
{
    /// <summary>At most this many statement texts are kept; further texts run uncached.</summary>
    public const int MaxStatements = 256;

    private static readonly ConditionalWeakTable<SqliteConnection, SqliteStatementCache> Caches = new();

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, CachedSqliteCommand> _commands = new(StringComparer.Ordinal);

    private SqliteStatementCache(SqliteConnection connection) => _connection = connection;

    /// <summary>How many statement texts are prepared and kept.</summary>
    public int Count => _commands.Count;

    /// <summary>Keeps prepared statements for <paramref name="connection"/> until the returned cache is disposed.</summary>
    public static SqliteStatementCache Attach(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var cache = new SqliteStatementCache(connection);
        Caches.AddOrUpdate(connection, cache);
        return cache;
    }

    /// <summary>A cached command for <paramref name="sql"/> on <paramref name="connection"/>, with no parameters; null when the connection has no cache.</summary>
    public static DbCommand? Lease(DbConnection connection, DbTransaction? transaction, string sql) =>
        connection is SqliteConnection sqlite && Caches.TryGetValue(sqlite, out var cache) ? cache.Lease(transaction, sql) : null;

    /// <inheritdoc />
    public void Dispose()
    {
        Caches.Remove(_connection);
        foreach (var command in _commands.Values)
        {
            command.Release();
        }

        _commands.Clear();
    }

    private CachedSqliteCommand? Lease(DbTransaction? transaction, string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxStatements)
            {
                return null;
            }

            command = new CachedSqliteCommand(sql, _connection);
            _commands[sql] = command;
        }
        else if (command.Leased)
        {
            return null;
        }

        command.Leased = true;
        command.Transaction = (SqliteTransaction?)transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>A command whose <see cref="IDisposable.Dispose"/> returns it to the cache; the cache disposes it for real.</summary>
    private sealed class CachedSqliteCommand(string sql, SqliteConnection connection) : SqliteCommand(sql, connection)
    {
        private bool _released;

        public bool Leased { get; set; }

        public void Release()
        {
            _released = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (_released || !disposing)
            {
                base.Dispose(disposing);
                return;
            }

            // Handed back: keep the prepared statements; the values bound last are replaced on the next lease.
            Transaction = null;
            Leased = false;
        }
    }
}
