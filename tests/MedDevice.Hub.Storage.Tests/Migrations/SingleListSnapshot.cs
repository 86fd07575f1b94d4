namespace MedDevice.Hub.Storage.Tests.Migrations;

/// <summary>
/// The (version, name) pairs of the single migration list each dialect had before migrations moved to their features
/// (SqliteMigrations/PostgreSqlMigrations): what <c>schema_migrations</c> holds in every database migrated so far.
/// Frozen on purpose: a change here means existing databases would no longer be recognised.
/// </summary>
internal static class SingleListSnapshot
{
    public static readonly IReadOnlyList<(int Version, string Name)> Migrations =
    [
        (1, "backbone: inbox, quarantine, deliveries"),
        (2, "audit: hash-chained audit log and signed checkpoints"),
        (3, "partner registry managed through the admin API and hubctl"),
        (4, "device registry: current devices, version history, search index"),
        (5, "registry search: keyset-ordered indexes, last-updated order, instance keys, provenance"),
        (6, "registry bulk import: checkpoints of resumable imports"),
        (7, "identity: actor verification queue and verified organisations"),
        (8, "customs: recalls, reference prices, declarations and their lines (idempotent amend/cancel)"),
        (9, "registry search: counts without DISTINCT (each string row knows the previous value of its device and parameter)"),
        (10, "registry search: exact string matches use the folded index (value_folded = fold(value) narrows them first)"),
        (11, "registry search: one token index (param, code, device_id, system) serves code and system|code searches in device order"),
    ];
}
