using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Bench.Import.Floor;

/// <summary>
/// SQLite: a second database file beside the imported one, with the registry tables' own CREATE statements, the bulk
/// import's settings (page cache, WAL copied back every 512 MiB, synchronous=NORMAL, no per-row foreign-key checks) and
/// one prepared INSERT per table re-run with each row's values: the cheapest per-row path through the same driver.
/// </summary>
internal sealed class SqliteFloorTarget : IFloorTarget
{
    private readonly SqliteConnection _source;
    private readonly SqliteConnection _target;
    private readonly string _targetPath;
    private readonly Dictionary<string, SqliteCommand> _inserts = new(StringComparer.Ordinal);

    private SqliteFloorTarget(SqliteConnection source, SqliteConnection target, string targetPath)
    {
        _source = source;
        _target = target;
        _targetPath = targetPath;
    }

    public DbConnection Source => _source;

    public static async Task<SqliteFloorTarget> OpenAsync(string connectionString)
    {
        var sourcePath = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var targetPath = Path.Combine(Path.GetDirectoryName(sourcePath)!, "floor.db");
        var source = new SqliteConnection(connectionString);
        await source.OpenAsync();
        var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetPath, Pooling = false }.ToString());
        await target.OpenAsync();
        return new SqliteFloorTarget(source, target, targetPath);
    }

    public async Task CreateAsync(IReadOnlyList<FloorTable> tables, bool foreignKeys)
    {
        await ExecuteAsync(_target, "PRAGMA journal_mode = WAL; PRAGMA cache_size = -1048576; PRAGMA foreign_keys = OFF; "
            + "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 131072");
        var names = string.Join(", ", tables.Select(t => $"'{t.Name}'"));
        var statements = new List<string>();
        await using (var schema = new SqliteCommand(
            $"SELECT sql FROM sqlite_master WHERE tbl_name IN ({names}) AND sql IS NOT NULL ORDER BY type = 'index', rowid", _source))
        await using (var reader = await schema.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                statements.Add(reader.GetString(0));
            }
        }

        foreach (var statement in statements)
        {
            await ExecuteAsync(_target, statement);
        }
    }

    public async Task WriteBatchAsync(IReadOnlyList<(FloorTable Table, List<object?[]> Rows)> batch)
    {
        await using var transaction = _target.BeginTransaction();
        foreach (var (table, rows) in batch)
        {
            var insert = Insert(table, transaction);
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    insert.Parameters[i].Value = row[i] ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    public Task FinishAsync() => ExecuteAsync(_target, "PRAGMA wal_checkpoint(PASSIVE)");

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
        {
            await insert.DisposeAsync();
        }

        await _target.DisposeAsync();
        await _source.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_targetPath + suffix);
        }
    }

    private SqliteCommand Insert(FloorTable table, SqliteTransaction transaction)
    {
        if (_inserts.TryGetValue(table.Name, out var insert))
        {
            insert.Transaction = transaction;
        }
        else
        {
            insert = _target.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < table.Columns.Length; i++)
            {
                insert.Parameters.Add(new SqliteParameter("$p" + i, null));
            }

            insert.Prepare();

            _inserts[table.Name] = insert;
        }

        return insert;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
