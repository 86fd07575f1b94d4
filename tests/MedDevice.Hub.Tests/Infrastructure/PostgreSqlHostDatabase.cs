using Npgsql;

namespace MedDevice.Hub.Tests.Infrastructure;

/// <summary>
/// A fresh database for one host on the private PostgreSQL cluster announced in <c>MEDDEVICE_TEST_POSTGRES</c>
/// (the same pattern as the storage tests' <c>PostgreSqlTestDatabase</c>); dropped when disposed.
/// </summary>
public sealed class PostgreSqlHostDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "MEDDEVICE_TEST_POSTGRES";

    private readonly string _name;

    private PostgreSqlHostDatabase(string name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{EnvironmentVariable} is not set: run the tests with ops/test.sh, which starts PostgreSQL.");

    /// <summary>Creates the database.</summary>
    public static async Task<PostgreSqlHostDatabase> CreateAsync()
    {
        var name = "hubfhir_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new PostgreSqlHostDatabase(name, new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
