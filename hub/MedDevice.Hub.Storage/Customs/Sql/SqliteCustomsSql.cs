using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Customs.Sql;

/// <summary>The customs SQL on SQLite (the statements are standard SQL shared by both engines).</summary>
public sealed class SqliteCustomsSql : CustomsSql
{
    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(8, "customs: recalls, reference prices, declarations and their lines (idempotent amend/cancel)", """
            CREATE TABLE recalls (
                id INTEGER PRIMARY KEY,
                udi_di_key TEXT NOT NULL,
                lot TEXT NULL,
                reason TEXT NOT NULL,
                since INTEGER NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at INTEGER NOT NULL
            );
            CREATE INDEX ix_recalls_udi_di_key ON recalls (udi_di_key, lot);
            CREATE TABLE reference_prices (
                price_key TEXT PRIMARY KEY,
                unit_price_vnd INTEGER NOT NULL,
                currency TEXT NOT NULL,
                source TEXT NOT NULL,
                updated_at INTEGER NOT NULL
            );
            CREATE TABLE customs_declarations (
                base_number TEXT PRIMARY KEY,
                number TEXT NOT NULL,
                partner_id TEXT NOT NULL,
                importer TEXT NOT NULL,
                customs_office TEXT NOT NULL,
                state TEXT NOT NULL,
                amendment_count INTEGER NOT NULL,
                lane TEXT NOT NULL,
                hub_message_id TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            );
            CREATE TABLE customs_lines (
                base_number TEXT NOT NULL,
                line_no INTEGER NOT NULL,
                state TEXT NOT NULL,
                verdict TEXT NOT NULL,
                reasons TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (base_number, line_no)
            );
            CREATE TABLE customs_line_devices (
                base_number TEXT NOT NULL,
                line_no INTEGER NOT NULL,
                device_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                PRIMARY KEY (base_number, line_no, device_id)
            );
            CREATE INDEX ix_customs_line_devices_device ON customs_line_devices (device_id);
            """),
    ];
}
