using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.PartnerState.Sql;

/// <summary>The partner-state SQL on SQLite (text keys compare byte by byte: BINARY collation).</summary>
public sealed class SqlitePartnerStateSql : PartnerStateSql
{
    /// <inheritdoc />
    /// <remarks>Version 12 is left to the inbox's processing attempts and dead-letter state (another branch).</remarks>
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(13, "partner state: keyed JSON items per partner and kind, versioned for optimistic concurrency", """
            CREATE TABLE partner_state (
                partner TEXT NOT NULL,
                kind TEXT NOT NULL,
                key TEXT NOT NULL,
                version INTEGER NOT NULL,
                json TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (partner, kind, key)
            );
            """),
    ];
}
