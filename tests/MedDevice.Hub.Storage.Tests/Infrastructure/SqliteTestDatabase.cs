using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Storage.Tests.Infrastructure;

/// <summary>A throwaway SQLite file in a temporary folder.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-sqlite-").FullName;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "hub.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
