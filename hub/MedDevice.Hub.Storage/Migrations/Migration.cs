namespace MedDevice.Hub.Storage.Migrations;

/// <summary>One versioned schema step, in the dialect's SQL.</summary>
/// <param name="Version">Strictly increasing version number.</param>
/// <param name="Name">Short description recorded in <c>schema_migrations</c>.</param>
/// <param name="Sql">Statements to run in one transaction.</param>
public sealed record Migration(int Version, string Name, string Sql);
