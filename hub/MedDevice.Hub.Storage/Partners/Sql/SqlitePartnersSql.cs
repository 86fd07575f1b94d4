using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Partners.Sql;

/// <summary>The partner registry SQL on SQLite (the statements are standard SQL shared by both engines).</summary>
public sealed class SqlitePartnersSql : PartnersSql
{
    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(3, "partner registry managed through the admin API and hubctl", """
            CREATE TABLE partners (
                id TEXT PRIMARY KEY,
                name TEXT NULL,
                roles TEXT NOT NULL,
                feeds TEXT NOT NULL,
                topics TEXT NOT NULL DEFAULT '',
                fhir_interactions TEXT NOT NULL DEFAULT '',
                api_key_hash TEXT NULL,
                certificate_thumbprints TEXT NOT NULL,
                rate_limit_per_second INTEGER NOT NULL DEFAULT 0,
                enabled INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL
            );
            """),
    ];
}
