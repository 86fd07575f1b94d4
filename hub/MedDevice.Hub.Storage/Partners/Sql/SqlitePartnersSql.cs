namespace MedDevice.Hub.Storage.Partners.Sql;

/// <summary>The partner registry SQL on SQLite (the statements are standard SQL shared by both engines).</summary>
public sealed class SqlitePartnersSql : PartnersSql
{
}
