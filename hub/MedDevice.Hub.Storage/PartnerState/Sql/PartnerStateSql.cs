using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.PartnerState.Sql;

/// <summary>
/// Partner-state SQL (standard SQL for both engines): keyed JSON items per partner and kind with a version for
/// optimistic concurrency. The writes never raise on a conflict (no row is affected instead), so a caller's
/// transaction stays usable after one.
/// </summary>
public abstract class PartnerStateSql : IMigrationSource
{
    private const string Columns = "partner, kind, key, version, json, updated_at";

    /// <summary>The versions of the schema this feature contributes (in this database's SQL).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>One item.</summary>
    public virtual string SelectPartnerStateSql => $"SELECT {Columns} FROM partner_state WHERE partner = @partner AND kind = @kind AND key = @key";

    /// <summary>Up to @limit items of one partner and kind in key order, after @after (null: from the first).</summary>
    public virtual string ListPartnerStateSql => $"""
        SELECT {Columns} FROM partner_state
        WHERE partner = @partner AND kind = @kind AND (CAST(@after AS TEXT) IS NULL OR key > @after)
        ORDER BY key LIMIT @limit
        """;

    /// <summary>Creates version 1 of an item unless it exists; affects no row then.</summary>
    public virtual string InsertPartnerStateSql => """
        INSERT INTO partner_state (partner, kind, key, version, json, updated_at) VALUES (@partner, @kind, @key, 1, @json, @updated_at)
        ON CONFLICT (partner, kind, key) DO NOTHING
        """;

    /// <summary>Writes the next version of an item still at @expected_version; affects no row otherwise.</summary>
    public virtual string UpdatePartnerStateSql => """
        UPDATE partner_state SET version = version + 1, json = @json, updated_at = @updated_at
        WHERE partner = @partner AND kind = @kind AND key = @key AND version = @expected_version
        """;

    /// <summary>The stored version of an item (no row: it does not exist).</summary>
    public virtual string SelectPartnerStateVersionSql => "SELECT version FROM partner_state WHERE partner = @partner AND kind = @kind AND key = @key";
}
