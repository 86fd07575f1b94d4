namespace MedDevice.Hub.Storage.Dialects;

/// <summary>SQLite connection settings: WAL, <c>synchronous=FULL</c> (a commit survives power loss), a busy timeout, foreign keys.</summary>
public sealed class SqliteConnectionSql : ConnectionSql
{
    /// <summary>Run on every connection the dialect opens.</summary>
    public const string OpenSettingsSql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
}
