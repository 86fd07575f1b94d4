using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Registry.Bulk;
using MedDevice.Testing.Polling;
using MedDevice.Testing.PostgreSql;
using Npgsql;

namespace MedDevice.Hub.Storage.Tests.Registry.Bulk;

public sealed class PostgreSqlRegistryBulkTests : RegistryBulkComplianceTests
{
    private static readonly string[] RegistryTables = ["devices", "device_history", "device_search_tokens", "device_search_strings"];

    private readonly PostgreSqlTestDatabase _database = new();

    protected override StorageOptions Options => new() { Provider = StorageProvider.PostgreSql, ConnectionString = _database.ConnectionString };

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>An import ends with the registry tables vacuumed and analyzed, not left to autovacuum while searches run.</summary>
    [Fact]
    public async Task WriteAsync_ThenFinish_RegistryTablesAreVacuumedAndAnalyzed()
    {
        using var dialect = (PostgreSqlDialect)SqlDialect.Create(Options);
        var bulk = new RegistryBulkWriter(dialect, TimeProvider.System);
        var rows = MinimalDevices(200);
        (await bulk.WriteAsync(rows, CancellationToken.None)).ShouldAllBe(r => r.Outcome == DeviceWriteOutcome.Created);
        (await VacuumedAndAnalyzedAsync()).ShouldBeEmpty();

        await bulk.FinishAsync(CancellationToken.None);

        // Vacuum and analyze statistics are published as each table is done; allow a moment for the last one.
        var tables = await Eventually.UntilAsync(VacuumedAndAnalyzedAsync, t => t.Count >= RegistryTables.Length,
            "every registry table vacuumed and analyzed", TimeSpan.FromSeconds(10));

        tables.Order(StringComparer.Ordinal).ShouldBe(RegistryTables.Order(StringComparer.Ordinal));
    }

    /// <summary>The registry tables an explicit (not auto-) VACUUM and ANALYZE have both run on.</summary>
    private async Task<List<string>> VacuumedAndAnalyzedAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT relname FROM pg_stat_user_tables WHERE relname = ANY(@tables) AND last_vacuum IS NOT NULL AND last_analyze IS NOT NULL", connection);
        command.Parameters.AddWithValue("tables", RegistryTables);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
