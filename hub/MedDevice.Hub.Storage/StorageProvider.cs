namespace MedDevice.Hub.Storage;

/// <summary>The database engine the hub stores its state and queues in.</summary>
public enum StorageProvider
{
    /// <summary>Embedded SQLite (default).</summary>
    Sqlite,

    /// <summary>PostgreSQL 15+ for scale-out.</summary>
    PostgreSql,
}
