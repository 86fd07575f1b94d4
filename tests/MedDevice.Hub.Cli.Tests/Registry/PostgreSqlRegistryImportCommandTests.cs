using MedDevice.Hub.Storage;
using Npgsql;

namespace MedDevice.Hub.Cli.Tests.Registry;

/// <summary>The same suite on a throwaway database of the cluster announced in <c>MEDDEVICE_TEST_POSTGRES</c> (ops/test.sh).</summary>
public sealed class PostgreSqlRegistryImportCommandTests : RegistryImportCommandTests
{
    private readonly string _database = "hubctl_" + Guid.NewGuid().ToString("N")[..16];
    private string _connectionString = "";

    protected override StorageOptions Options => new() { Provider = StorageProvider.PostgreSql, ConnectionString = _connectionString };

    private static string Server => Environment.GetEnvironmentVariable("MEDDEVICE_TEST_POSTGRES") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("MEDDEVICE_TEST_POSTGRES is not set: run the tests with ops/test.sh, which starts PostgreSQL.");

    public override async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_database}\"");
        _connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ToString();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
