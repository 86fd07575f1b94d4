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

    private const string DefaultPrefix = "hubtest_";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..16];
    private bool _created;

    /// <summary>The start of the database's name, to tell the suites apart in <c>\l</c>.</summary>
    public string Prefix { get; init; } = DefaultPrefix;

    /// <summary>The connection string of the new database (empty until created).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The cluster's connection string; throws when the variable is absent.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: run the tests with ops/test.sh, which starts PostgreSQL.");

    /// <summary>Creates a database and returns it (for tests that own it with <c>await using</c>).</summary>
    public static async Task<PostgreSqlTestDatabase> CreateAsync(string prefix = DefaultPrefix)
    {
        var database = new PostgreSqlTestDatabase { Prefix = prefix };
        await database.InitializeAsync();
        return database;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{Name}\"");
        _created = true;
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = Name }.ToString();
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
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    /// <inheritdoc />
    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private string Name => Prefix + _suffix;

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
