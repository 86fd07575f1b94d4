namespace MedDevice.Hub.Storage.Customs.Sql;

/// <summary>The customs SQL on SQLite (the statements are standard SQL shared by both engines).</summary>
public sealed class SqliteCustomsSql : CustomsSql
{
}
