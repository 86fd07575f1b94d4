using System.Data.Common;
using Npgsql;

namespace MedDevice.Hub.Bench.Import.Floor;

/// <summary>
/// PostgreSQL: a <c>floor</c> schema in the imported database with copies of the registry tables (<c>LIKE … INCLUDING
/// ALL</c>: columns, collations, defaults, indexes) and their foreign keys, filled by binary <c>COPY</c>, one transaction
/// per batch: the fastest way PostgreSQL takes rows.
/// </summary>
internal sealed class PostgreSqlFloorTarget(NpgsqlConnection source, NpgsqlConnection target) : IFloorTarget
{
    private const string Schema = "floor";

    public DbConnection Source => source;

    public static async Task<PostgreSqlFloorTarget> OpenAsync(string connectionString)
    {
        var source = new NpgsqlConnection(connectionString);
        await source.OpenAsync();
        var target = new NpgsqlConnection(connectionString);
        await target.OpenAsync();
        return new PostgreSqlFloorTarget(source, target);
    }

    public async Task CreateAsync(IReadOnlyList<FloorTable> tables, bool foreignKeys)
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema}");
        foreach (var table in tables)
        {
            await ExecuteAsync($"CREATE TABLE {Schema}.{table.Name} (LIKE public.{table.Name} INCLUDING ALL)");
        }

        if (!foreignKeys)
        {
            return;
        }

        // The foreign keys as the hub's migrations made them, pointing at the copies (unqualified names resolve in floor first).
        var keys = new List<(string Table, string Definition)>();
        await using (var query = new NpgsqlCommand(
            "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(@tables)", source))
        {
            query.Parameters.AddWithValue("tables", tables.Select(t => t.Name).ToArray());
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                keys.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, definition) in keys)
        {
            await ExecuteAsync($"SET search_path = {Schema}, public; ALTER TABLE {Schema}.{table} ADD {definition}; RESET search_path");
        }
    }

    public async Task WriteBatchAsync(IReadOnlyList<(FloorTable Table, List<object?[]> Rows)> batch)
    {
        await using var transaction = await target.BeginTransactionAsync();
        foreach (var (table, rows) in batch)
        {
            await using var copy = await target.BeginBinaryImportAsync(
                $"COPY {Schema}.{table.Name} ({string.Join(", ", table.Columns)}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await copy.StartRowAsync();
                foreach (var value in row)
                {
                    if (value is null)
                    {
                        await copy.WriteNullAsync();
                    }
                    else
                    {
                        await copy.WriteAsync(value);
                    }
                }
            }

            await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
    }

    public Task FinishAsync() => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        await target.DisposeAsync();
        await source.DisposeAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, target);
        await command.ExecuteNonQueryAsync();
    }
}
