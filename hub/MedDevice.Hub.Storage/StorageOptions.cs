namespace MedDevice.Hub.Storage;

/// <summary>Where the hub keeps its state and queues (<c>Hub:Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Storage";

    /// <summary>Default SQLite connection string: one file under ./data.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=./data/hub.db";

    /// <summary>The engine; SQLite unless configured otherwise.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>ADO.NET connection string; defaults to <see cref="DefaultSqliteConnectionString"/> for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The connection string in force, with the provider's default applied.</summary>
    public string EffectiveConnectionString => Provider switch
    {
        StorageProvider.Sqlite => string.IsNullOrWhiteSpace(ConnectionString) ? DefaultSqliteConnectionString : ConnectionString,
        _ => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException("Hub:Storage:ConnectionString is required for PostgreSql.")
            : ConnectionString,
    };
}
