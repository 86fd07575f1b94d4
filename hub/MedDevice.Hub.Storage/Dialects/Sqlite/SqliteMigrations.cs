using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Dialects;

/// <summary>The SQLite schema, version by version. Times are Unix milliseconds (UTC).</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "backbone: inbox, quarantine, deliveries", """
            CREATE TABLE inbox (
                id INTEGER PRIMARY KEY,
                hub_message_id TEXT NOT NULL UNIQUE,
                partner_id TEXT NOT NULL,
                partner_message_id TEXT NOT NULL,
                feed TEXT NOT NULL,
                content_type TEXT NULL,
                body_sha256 TEXT NOT NULL,
                body BLOB NOT NULL,
                received_at INTEGER NOT NULL,
                status INTEGER NOT NULL DEFAULT 0,
                processed_at INTEGER NULL,
                process_attempts INTEGER NOT NULL DEFAULT 0,
                next_process_at INTEGER NOT NULL DEFAULT 0,
                device_key TEXT NULL,
                topic TEXT NULL,
                output BLOB NULL,
                error_code TEXT NULL,
                error_message TEXT NULL,
                UNIQUE (partner_id, partner_message_id)
            );
            CREATE INDEX ix_inbox_pending ON inbox (next_process_at, id) WHERE status = 0;
            CREATE INDEX ix_inbox_key_pending ON inbox (device_key, id) WHERE status = 0;
            CREATE TABLE quarantine (
                id INTEGER PRIMARY KEY,
                partner_id TEXT NULL,
                feed TEXT NULL,
                partner_message_id TEXT NULL,
                content_type TEXT NULL,
                received_at INTEGER NOT NULL,
                reason_code TEXT NOT NULL,
                reason TEXT NOT NULL,
                body BLOB NOT NULL
            );
            CREATE TABLE deliveries (
                id INTEGER PRIMARY KEY,
                inbox_id INTEGER NOT NULL,
                hub_message_id TEXT NOT NULL,
                subscriber_id TEXT NOT NULL,
                topic TEXT NOT NULL,
                order_key TEXT NULL,
                status INTEGER NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                claimed_until INTEGER NOT NULL DEFAULT 0,
                claimed_by TEXT NULL,
                last_error TEXT NULL,
                created_at INTEGER NOT NULL,
                dead_at INTEGER NULL,
                UNIQUE (hub_message_id, subscriber_id)
            );
            CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 0;
            CREATE INDEX ix_deliveries_key ON deliveries (subscriber_id, order_key, inbox_id) WHERE status = 0;
            CREATE INDEX ix_deliveries_dead ON deliveries (subscriber_id, id) WHERE status = 2;
            CREATE TABLE delivered (
                hub_message_id TEXT NOT NULL,
                subscriber_id TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                delivered_at INTEGER NOT NULL,
                PRIMARY KEY (hub_message_id, subscriber_id)
            );
            """),
        new(2, "audit: hash-chained audit log and signed checkpoints", """
            CREATE TABLE audit_log (
                sequence INTEGER PRIMARY KEY,
                recorded_at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NULL,
                purpose TEXT NULL,
                legal_basis TEXT NULL,
                outcome TEXT NOT NULL,
                details_hash TEXT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE TABLE audit_checkpoints (
                id INTEGER PRIMARY KEY,
                last_sequence INTEGER NOT NULL,
                last_hash TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                status TEXT NOT NULL,
                signature TEXT NULL,
                public_key TEXT NULL,
                reason TEXT NULL
            );
            """),
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
        new(4, "device registry: current devices, version history, search index", """
            CREATE TABLE devices (
                id TEXT PRIMARY KEY,
                version_id INTEGER NOT NULL,
                last_updated INTEGER NOT NULL,
                status TEXT NOT NULL,
                udi_di_key TEXT NULL,
                registration_number TEXT NULL,
                resource BLOB NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX ux_devices_udi_di_key ON devices (udi_di_key) WHERE udi_di_key IS NOT NULL;
            CREATE UNIQUE INDEX ux_devices_registration_number ON devices (registration_number) WHERE registration_number IS NOT NULL;
            CREATE TABLE device_history (
                id TEXT NOT NULL REFERENCES devices (id),
                version_id INTEGER NOT NULL,
                last_updated INTEGER NOT NULL,
                resource BLOB NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (id, version_id)
            );
            CREATE TABLE device_search_tokens (
                device_id TEXT NOT NULL REFERENCES devices (id),
                param TEXT NOT NULL,
                system TEXT NULL,
                code TEXT NOT NULL
            );
            CREATE INDEX ix_device_search_tokens_code ON device_search_tokens (param, code);
            CREATE INDEX ix_device_search_tokens_system_code ON device_search_tokens (param, system, code);
            CREATE INDEX ix_device_search_tokens_device ON device_search_tokens (device_id);
            CREATE TABLE device_search_strings (
                device_id TEXT NOT NULL REFERENCES devices (id),
                param TEXT NOT NULL,
                value_folded TEXT NOT NULL,
                value_exact TEXT NOT NULL
            );
            CREATE INDEX ix_device_search_strings_folded ON device_search_strings (param, value_folded);
            CREATE INDEX ix_device_search_strings_device ON device_search_strings (device_id);
            """),
        new(5, "registry search: keyset-ordered indexes, last-updated order, instance keys, provenance", """
            DROP INDEX ix_device_search_tokens_code;
            DROP INDEX ix_device_search_tokens_system_code;
            DROP INDEX ix_device_search_strings_folded;
            CREATE INDEX ix_device_search_tokens_code ON device_search_tokens (param, code, device_id);
            CREATE INDEX ix_device_search_tokens_system_code ON device_search_tokens (param, system, code, device_id);
            CREATE INDEX ix_device_search_strings_folded ON device_search_strings (param, value_folded, device_id);
            CREATE INDEX ix_device_search_strings_exact ON device_search_strings (param, value_exact);
            CREATE INDEX ix_devices_last_updated ON devices (last_updated, id);
            ALTER TABLE devices ADD COLUMN instance_key TEXT NULL;
            CREATE UNIQUE INDEX ux_devices_instance_key ON devices (instance_key) WHERE instance_key IS NOT NULL;
            CREATE INDEX ix_device_history_last_updated ON device_history (last_updated, id, version_id);
            CREATE TABLE provenance (
                id TEXT PRIMARY KEY,
                target_id TEXT NOT NULL,
                target_version INTEGER NOT NULL,
                recorded INTEGER NOT NULL,
                activity TEXT NOT NULL,
                agent TEXT NOT NULL,
                source_message TEXT NULL,
                resource BLOB NOT NULL
            );
            CREATE INDEX ix_provenance_target ON provenance (target_id, recorded, id);
            CREATE UNIQUE INDEX ux_provenance_source ON provenance (target_id, source_message) WHERE source_message IS NOT NULL;
            """),
        new(6, "registry bulk import: checkpoints of resumable imports", """
            CREATE TABLE import_checkpoints (
                source_key TEXT PRIMARY KEY,
                source_path TEXT NOT NULL,
                byte_offset INTEGER NOT NULL,
                line_number INTEGER NOT NULL,
                state TEXT NOT NULL,
                updated_at INTEGER NOT NULL
            );
            """),
        new(7, "identity: actor verification queue and verified organisations", """
            CREATE TABLE actor_verifications (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                subject_key TEXT NOT NULL,
                subject_reference TEXT NOT NULL DEFAULT '',
                source_message_id TEXT NOT NULL DEFAULT '',
                status INTEGER NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                outcome TEXT NULL,
                registered_name TEXT NULL,
                checked_at INTEGER NULL,
                last_error TEXT NULL,
                created_at INTEGER NOT NULL,
                completed_at INTEGER NULL,
                UNIQUE (kind, subject_key, subject_reference, source_message_id)
            );
            CREATE INDEX ix_actor_verifications_due ON actor_verifications (next_attempt_at, id) WHERE status < 2;
            CREATE TABLE organizations (
                tax_code TEXT PRIMARY KEY,
                version_id INTEGER NOT NULL,
                verification_status TEXT NOT NULL,
                verified_at INTEGER NOT NULL,
                last_updated INTEGER NOT NULL,
                resource BLOB NOT NULL
            );
            """),
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
        new(9, "registry search: counts without DISTINCT (each string row knows the previous value of its device and parameter)", """
            ALTER TABLE device_search_strings ADD COLUMN prev_folded TEXT NULL;
            UPDATE device_search_strings AS s SET prev_folded = p.prev
            FROM (SELECT rowid AS rid, LAG(value_folded) OVER (PARTITION BY device_id, param ORDER BY value_folded, value_exact) AS prev
                  FROM device_search_strings) AS p
            WHERE p.rid = s.rowid AND p.prev IS NOT NULL;
            DROP INDEX ix_device_search_strings_folded;
            CREATE INDEX ix_device_search_strings_folded ON device_search_strings (param, value_folded, device_id, prev_folded);
            """),
        new(10, "registry search: exact string matches use the folded index (value_folded = fold(value) narrows them first)", """
            DROP INDEX ix_device_search_strings_exact;
            """),
        new(11, "registry search: one token index (param, code, device_id, system) serves code and system|code searches in device order", """
            DROP INDEX ix_device_search_tokens_code;
            DROP INDEX ix_device_search_tokens_system_code;
            CREATE INDEX ix_device_search_tokens_code ON device_search_tokens (param, code, device_id, system);
            """),
        new(12, "processing dead letters: an inbox row whose processing exhausted its attempt budget is parked (status 3) and its key moves on", """
            CREATE INDEX ix_inbox_dead ON inbox (id) WHERE status = 3;
            """),
    ];
}
