using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Customs.Sql;

/// <summary>The customs SQL on PostgreSQL (the statements are standard SQL shared by both engines).</summary>
public sealed class PostgreSqlCustomsSql : CustomsSql
{
    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(8, "customs: recalls, reference prices, declarations and their lines (idempotent amend/cancel)", """
            CREATE TABLE recalls (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                udi_di_key text NOT NULL,
                lot text NULL,
                reason text NOT NULL,
                since bigint NOT NULL,
                recorded_by text NOT NULL,
                recorded_at bigint NOT NULL
            );
            CREATE INDEX ix_recalls_udi_di_key ON recalls (udi_di_key, lot);
            CREATE TABLE reference_prices (
                price_key text PRIMARY KEY,
                unit_price_vnd bigint NOT NULL,
                currency text NOT NULL,
                source text NOT NULL,
                updated_at bigint NOT NULL
            );
            CREATE TABLE customs_declarations (
                base_number text PRIMARY KEY,
                number text NOT NULL,
                partner_id text NOT NULL,
                importer text NOT NULL,
                customs_office text NOT NULL,
                state text NOT NULL,
                amendment_count integer NOT NULL,
                lane text NOT NULL,
                hub_message_id text NOT NULL,
                created_at bigint NOT NULL,
                updated_at bigint NOT NULL
            );
            CREATE TABLE customs_lines (
                base_number text NOT NULL,
                line_no integer NOT NULL,
                state text NOT NULL,
                verdict text NOT NULL,
                reasons text NOT NULL,
                content_sha256 text NOT NULL,
                updated_at bigint NOT NULL,
                PRIMARY KEY (base_number, line_no)
            );
            CREATE TABLE customs_line_devices (
                base_number text NOT NULL,
                line_no integer NOT NULL,
                device_id text NOT NULL,
                kind text NOT NULL,
                PRIMARY KEY (base_number, line_no, device_id)
            );
            CREATE INDEX ix_customs_line_devices_device ON customs_line_devices (device_id);
            """),
    ];
}
