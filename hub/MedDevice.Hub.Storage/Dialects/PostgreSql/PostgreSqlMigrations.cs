using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Dialects;

/// <summary>The PostgreSQL schema, version by version. Times are Unix milliseconds (UTC).</summary>
internal static class PostgreSqlMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "backbone: inbox, quarantine, deliveries", """
            CREATE TABLE inbox (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                hub_message_id text NOT NULL UNIQUE,
                partner_id text NOT NULL,
                partner_message_id text NOT NULL,
                feed text NOT NULL,
                content_type text NULL,
                body_sha256 text NOT NULL,
                body bytea NOT NULL,
                received_at bigint NOT NULL,
                status smallint NOT NULL DEFAULT 0,
                processed_at bigint NULL,
                process_attempts integer NOT NULL DEFAULT 0,
                next_process_at bigint NOT NULL DEFAULT 0,
                device_key text NULL,
                topic text NULL,
                output bytea NULL,
                error_code text NULL,
                error_message text NULL,
                UNIQUE (partner_id, partner_message_id)
            );
            CREATE INDEX ix_inbox_pending ON inbox (next_process_at, id) WHERE status = 0;
            CREATE INDEX ix_inbox_key_pending ON inbox (device_key, id) WHERE status = 0;
            CREATE TABLE quarantine (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                partner_id text NULL,
                feed text NULL,
                partner_message_id text NULL,
                content_type text NULL,
                received_at bigint NOT NULL,
                reason_code text NOT NULL,
                reason text NOT NULL,
                body bytea NOT NULL
            );
            CREATE TABLE deliveries (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                inbox_id bigint NOT NULL,
                hub_message_id text NOT NULL,
                subscriber_id text NOT NULL,
                topic text NOT NULL,
                order_key text NULL,
                status smallint NOT NULL DEFAULT 0,
                attempts integer NOT NULL DEFAULT 0,
                next_attempt_at bigint NOT NULL,
                claimed_until bigint NOT NULL DEFAULT 0,
                claimed_by text NULL,
                last_error text NULL,
                created_at bigint NOT NULL,
                dead_at bigint NULL,
                UNIQUE (hub_message_id, subscriber_id)
            );
            CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_at, id) WHERE status = 0;
            CREATE INDEX ix_deliveries_key ON deliveries (subscriber_id, order_key, inbox_id) WHERE status = 0;
            CREATE INDEX ix_deliveries_dead ON deliveries (subscriber_id, id) WHERE status = 2;
            CREATE TABLE delivered (
                hub_message_id text NOT NULL,
                subscriber_id text NOT NULL,
                attempts integer NOT NULL,
                delivered_at bigint NOT NULL,
                PRIMARY KEY (hub_message_id, subscriber_id)
            );
            """),
        new(2, "audit: hash-chained audit log and signed checkpoints", """
            CREATE TABLE audit_log (
                sequence bigint PRIMARY KEY,
                recorded_at bigint NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                target text NULL,
                purpose text NULL,
                legal_basis text NULL,
                outcome text NOT NULL,
                details_hash text NULL,
                previous_hash text NOT NULL,
                hash text NOT NULL
            );
            CREATE TABLE audit_checkpoints (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                last_sequence bigint NOT NULL,
                last_hash text NOT NULL,
                created_at bigint NOT NULL,
                status text NOT NULL,
                signature text NULL,
                public_key text NULL,
                reason text NULL
            );
            """),
        new(3, "partner registry managed through the admin API and hubctl", """
            CREATE TABLE partners (
                id text PRIMARY KEY,
                name text NULL,
                roles text NOT NULL,
                feeds text NOT NULL,
                topics text NOT NULL DEFAULT '',
                fhir_interactions text NOT NULL DEFAULT '',
                api_key_hash text NULL,
                certificate_thumbprints text NOT NULL,
                rate_limit_per_second integer NOT NULL DEFAULT 0,
                enabled integer NOT NULL DEFAULT 1,
                updated_at bigint NOT NULL
            );
            """),
        new(4, "device registry: current devices, version history, search index", """
            CREATE TABLE devices (
                id text PRIMARY KEY,
                version_id integer NOT NULL,
                last_updated bigint NOT NULL,
                status text NOT NULL,
                udi_di_key text NULL,
                registration_number text NULL,
                resource bytea NOT NULL,
                deleted integer NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX ux_devices_udi_di_key ON devices (udi_di_key) WHERE udi_di_key IS NOT NULL;
            CREATE UNIQUE INDEX ux_devices_registration_number ON devices (registration_number) WHERE registration_number IS NOT NULL;
            CREATE TABLE device_history (
                id text NOT NULL REFERENCES devices (id),
                version_id integer NOT NULL,
                last_updated bigint NOT NULL,
                resource bytea NOT NULL,
                deleted integer NOT NULL DEFAULT 0,
                PRIMARY KEY (id, version_id)
            );
            CREATE TABLE device_search_tokens (
                device_id text NOT NULL REFERENCES devices (id),
                param text NOT NULL,
                system text NULL,
                code text NOT NULL
            );
            CREATE INDEX ix_device_search_tokens_code ON device_search_tokens (param, code);
            CREATE INDEX ix_device_search_tokens_system_code ON device_search_tokens (param, system, code);
            CREATE INDEX ix_device_search_tokens_device ON device_search_tokens (device_id);
            CREATE TABLE device_search_strings (
                device_id text NOT NULL REFERENCES devices (id),
                param text NOT NULL,
                value_folded text COLLATE "C" NOT NULL,
                value_exact text NOT NULL
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
            ALTER TABLE devices ADD COLUMN instance_key text NULL;
            CREATE UNIQUE INDEX ux_devices_instance_key ON devices (instance_key) WHERE instance_key IS NOT NULL;
            CREATE INDEX ix_device_history_last_updated ON device_history (last_updated, id, version_id);
            CREATE TABLE provenance (
                id text PRIMARY KEY,
                target_id text NOT NULL,
                target_version integer NOT NULL,
                recorded bigint NOT NULL,
                activity text NOT NULL,
                agent text NOT NULL,
                source_message text NULL,
                resource bytea NOT NULL
            );
            CREATE INDEX ix_provenance_target ON provenance (target_id, recorded, id);
            CREATE UNIQUE INDEX ux_provenance_source ON provenance (target_id, source_message) WHERE source_message IS NOT NULL;
            """),
        new(6, "registry bulk import: checkpoints of resumable imports", """
            CREATE TABLE import_checkpoints (
                source_key text PRIMARY KEY,
                source_path text NOT NULL,
                byte_offset bigint NOT NULL,
                line_number bigint NOT NULL,
                state text NOT NULL,
                updated_at bigint NOT NULL
            );
            """),
        new(7, "identity: actor verification queue and verified organisations", """
            CREATE TABLE actor_verifications (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                kind text NOT NULL,
                subject_key text NOT NULL,
                subject_reference text NOT NULL DEFAULT '',
                source_message_id text NOT NULL DEFAULT '',
                status smallint NOT NULL DEFAULT 0,
                attempts integer NOT NULL DEFAULT 0,
                next_attempt_at bigint NOT NULL,
                outcome text NULL,
                registered_name text NULL,
                checked_at bigint NULL,
                last_error text NULL,
                created_at bigint NOT NULL,
                completed_at bigint NULL,
                UNIQUE (kind, subject_key, subject_reference, source_message_id)
            );
            CREATE INDEX ix_actor_verifications_due ON actor_verifications (next_attempt_at, id) WHERE status < 2;
            CREATE TABLE organizations (
                tax_code text PRIMARY KEY,
                version_id integer NOT NULL,
                verification_status text NOT NULL,
                verified_at bigint NOT NULL,
                last_updated bigint NOT NULL,
                resource bytea NOT NULL
            );
            """),
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
        new(9, "registry search: counts without DISTINCT (each string row knows the previous value of its device and parameter)", """
            ALTER TABLE device_search_strings ADD COLUMN prev_folded text COLLATE "C" NULL;
            UPDATE device_search_strings AS s SET prev_folded = p.prev
            FROM (SELECT ctid AS row_id, LAG(value_folded) OVER (PARTITION BY device_id, param ORDER BY value_folded, value_exact COLLATE "C") AS prev
                  FROM device_search_strings) AS p
            WHERE p.row_id = s.ctid AND p.prev IS NOT NULL;
            DROP INDEX ix_device_search_strings_folded;
            CREATE INDEX ix_device_search_strings_folded ON device_search_strings (param, value_folded, device_id) INCLUDE (prev_folded);
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
