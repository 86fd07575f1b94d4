using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Partners.Sql;

/// <summary>Partner registry SQL (standard SQL for both engines).</summary>
public abstract class PartnersSql : IMigrationSource
{
    /// <summary>The versions of the schema this feature contributes (in this database's SQL).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>All partners.</summary>
    public virtual string SelectPartnersSql => """
        SELECT id, name, roles, feeds, api_key_hash, certificate_thumbprints, rate_limit_per_second, enabled, updated_at, topics, fhir_interactions FROM partners ORDER BY id
        """;

    /// <summary>Creates or replaces a partner.</summary>
    public virtual string UpsertPartnerSql => """
        INSERT INTO partners (id, name, roles, feeds, api_key_hash, certificate_thumbprints, rate_limit_per_second, enabled, updated_at, topics, fhir_interactions)
        VALUES (@id, @name, @roles, @feeds, @api_key_hash, @certificate_thumbprints, @rate_limit_per_second, @enabled, @updated_at, @topics, @fhir_interactions)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, roles = excluded.roles, feeds = excluded.feeds,
            api_key_hash = excluded.api_key_hash, certificate_thumbprints = excluded.certificate_thumbprints,
            rate_limit_per_second = excluded.rate_limit_per_second, enabled = excluded.enabled, updated_at = excluded.updated_at,
            topics = excluded.topics, fhir_interactions = excluded.fhir_interactions
        """;

    /// <summary>Replaces a partner's API key hash.</summary>
    public virtual string RotatePartnerKeySql => "UPDATE partners SET api_key_hash = @api_key_hash, updated_at = @updated_at WHERE id = @id";

    /// <summary>Disables a partner.</summary>
    public virtual string DisablePartnerSql => "UPDATE partners SET enabled = 0, updated_at = @updated_at WHERE id = @id";

    /// <summary>The latest change time, to notice edits made by other processes.</summary>
    public virtual string PartnersVersionSql => "SELECT COALESCE(MAX(updated_at), 0) + COUNT(*) FROM partners";
}
