using Npgsql;
using Xunit;

namespace MedDevice.Testing.PostgreSql;

/// <summary>
/// A throwaway database on the private PostgreSQL cluster that <c>ops/test.sh</c> starts and announces in
/// <c>MEDDEVICE_TEST_POSTGRES</c>: created under a unique name, dropped at the end. Without the variable it fails
/// (never skips), so a PostgreSQL suite cannot pass by not running.
/// </summary>
public sealed class PostgreSqlTestDatabase : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The variable holding the cluster's connection string.</summary>
    public const string EnvironmentVariable = "MEDDEVICE_TEST_POSTGRES";

    private readonly string _name;
    private bool _created;

    /// <summary>A database to be created by <see cref="InitializeAsync"/>; <paramref name="prefix"/> tells the suites apart in <c>\l</c>.</summary>
    public PostgreSqlTestDatabase(string prefix = "hubtest_") => _name = prefix + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The connection string of the new database (empty until created).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The cluster's connection string; throws when the variable is absent.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: run the tests with ops/test.sh, which starts PostgreSQL.");

    /// <summary>Creates a database and returns it (for tests that own it with <c>await using</c>).</summary>
    public static async Task<PostgreSqlTestDatabase> CreateAsync(string prefix = "hubtest_")
    {
        var database = new PostgreSqlTestDatabase(prefix);
        await database.InitializeAsync();
        return database;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
        _created = true;
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ToString();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (!_created)
        {
            return;
        }

        _created = false;
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    /// <inheritdoc />
    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
