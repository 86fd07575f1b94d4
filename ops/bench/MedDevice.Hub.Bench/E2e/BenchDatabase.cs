using Npgsql;

namespace MedDevice.Hub.Bench.E2e;

/// <summary>A fresh database for one run: a SQLite file in a temporary folder, or a new PostgreSQL database; removed afterwards.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _server;
    private readonly string? _name;

    private BenchDatabase(string provider, string connectionString, string? folder, string? server, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _server = server;
        _name = name;
    }

    /// <summary>The hub's <c>Hub:Storage:Provider</c>.</summary>
    public string Provider { get; }

    /// <summary>The hub's <c>Hub:Storage:ConnectionString</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates the database for <paramref name="options"/>.</summary>
    public static async Task<BenchDatabase> CreateAsync(E2eOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Db == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("meddevice-bench-").FullName;
            return new BenchDatabase("Sqlite", $"Data Source={Path.Combine(folder, "hub.db")}", folder, null, null);
        }

        var name = "bench_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(options.Pg!, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(options.Pg) { Database = name, MaxPoolSize = 100 }.ToString();
        return new BenchDatabase("PostgreSql", connectionString, null, options.Pg, name);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        if (_server is not null)
        {
            await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
