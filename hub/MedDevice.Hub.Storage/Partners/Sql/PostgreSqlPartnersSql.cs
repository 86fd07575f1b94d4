using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Partners.Sql;

/// <summary>The partner registry SQL on PostgreSQL (the statements are standard SQL shared by both engines).</summary>
public sealed class PostgreSqlPartnersSql : PartnersSql
{
    /// <inheritdoc />
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
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
    ];
}
