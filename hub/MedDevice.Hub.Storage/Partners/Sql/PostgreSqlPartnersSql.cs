namespace MedDevice.Hub.Storage.Partners.Sql;

/// <summary>The partner registry SQL on PostgreSQL (the statements are standard SQL shared by both engines).</summary>
public sealed class PostgreSqlPartnersSql : PartnersSql
{
}
