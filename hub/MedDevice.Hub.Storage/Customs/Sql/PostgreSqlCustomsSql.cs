namespace MedDevice.Hub.Storage.Customs.Sql;

/// <summary>The customs SQL on PostgreSQL (the statements are standard SQL shared by both engines).</summary>
public sealed class PostgreSqlCustomsSql : CustomsSql
{
}
