namespace MedDevice.Hub.Storage.Dialects;

/// <summary>PostgreSQL session-level advisory locks, shared by every hub process on the database.</summary>
public sealed class PostgreSqlConnectionSql : ConnectionSql
{
    /// <summary>Waits for and takes the session lock @key.</summary>
    public const string LockSessionSql = "SELECT pg_advisory_lock(@key)";

    /// <summary>Releases the session lock @key.</summary>
    public const string UnlockSessionSql = "SELECT pg_advisory_unlock(@key)";
}
