using Npgsql;

namespace MedDevice.Hub.Storage.Tests.Infrastructure;

/// <summary>
/// A throwaway database on the private PostgreSQL cluster that <c>ops/test.sh</c> starts and announces in
/// <c>MEDDEVICE_TEST_POSTGRES</c>. Each instance creates a fresh database and drops it when disposed.
/// </summary>
public sealed class PostgreSqlTestDatabase : IAsyncLifetime
{
    public const string EnvironmentVariable = "MEDDEVICE_TEST_POSTGRES";

    private readonly string _databaseName = "hubtest_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: run the tests with ops/test.sh, which starts PostgreSQL.");

    public async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _databaseName }.ToString();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
