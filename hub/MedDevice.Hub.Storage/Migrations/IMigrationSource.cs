namespace MedDevice.Hub.Storage.Migrations;

/// <summary>
/// A feature's share of the schema: the versions it contributes, in one database's SQL. Version numbers are global
/// (one sequence across every feature), so the runner can merge the sources into the one order databases already have.
/// </summary>
public interface IMigrationSource
{
    /// <summary>This feature's migrations; any order.</summary>
    IReadOnlyList<Migration> Migrations { get; }
}
