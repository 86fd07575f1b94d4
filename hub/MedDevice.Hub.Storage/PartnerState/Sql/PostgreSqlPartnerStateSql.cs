using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.PartnerState.Sql;

/// <summary>
/// The partner-state SQL on PostgreSQL. Keys use the "C" collation, so pages come in byte order as on SQLite, whatever
/// the database's locale, straight from the primary key.
/// </summary>
public sealed class PostgreSqlPartnerStateSql : PartnerStateSql
{
    /// <inheritdoc />
    /// <remarks>Version 12 is left to the inbox's processing attempts and dead-letter state (another branch).</remarks>
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(13, "partner state: keyed JSON items per partner and kind, versioned for optimistic concurrency", """
            CREATE TABLE partner_state (
                partner text NOT NULL,
                kind text NOT NULL,
                key text COLLATE "C" NOT NULL,
                version integer NOT NULL,
                json text NOT NULL,
                updated_at bigint NOT NULL,
                PRIMARY KEY (partner, kind, key)
            );
            """),
    ];
}
