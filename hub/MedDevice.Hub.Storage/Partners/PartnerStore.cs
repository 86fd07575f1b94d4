using System.Globalization;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Partners;

/// <summary>The partner registry table: list, add or replace, rotate a key hash, disable.</summary>
public sealed class PartnerStore(SqlDialect dialect, GroupCommitWriter writer)
{
    /// <summary>Every stored partner.</summary>
    public async Task<IReadOnlyList<PartnerRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<PartnerRecord>();
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Partners.SelectPartnersSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new PartnerRecord(reader.GetString(0), reader.NullableString(1), Split(reader.GetString(2)), Split(reader.GetString(3)),
                reader.NullableString(4), Split(reader.GetString(5)), reader.GetInt32(6), reader.GetInt32(7) != 0, reader.GetInt64(8))
            {
                Topics = Split(reader.GetString(9)),
                FhirInteractions = Split(reader.GetString(10)),
            });
        }

        return list;
    }

    /// <summary>A number that changes whenever the table does (cheap change detection).</summary>
    public async Task<long> VersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Partners.PartnersVersionSql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Adds or replaces a partner.</summary>
    public Task UpsertAsync(PartnerRecord partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return writer.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, dialect.Partners.UpsertPartnerSql, ct,
            ("id", partner.Id), ("name", partner.Name), ("roles", Join(partner.Roles)), ("feeds", Join(partner.Feeds)),
            ("api_key_hash", partner.ApiKeyHash), ("certificate_thumbprints", Join(partner.CertificateThumbprints)),
            ("rate_limit_per_second", partner.RateLimitPerSecond), ("enabled", partner.Enabled ? 1 : 0), ("updated_at", partner.UpdatedAt),
            ("topics", Join(partner.Topics)), ("fhir_interactions", Join(partner.FhirInteractions))));
    }

    /// <summary>Replaces the key hash; false when the partner is unknown.</summary>
    public async Task<bool> RotateKeyAsync(string id, string apiKeyHash, long now) =>
        await writer.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, dialect.Partners.RotatePartnerKeySql, ct,
            ("api_key_hash", apiKeyHash), ("updated_at", now), ("id", id))) > 0;

    /// <summary>Disables the partner; false when unknown.</summary>
    public async Task<bool> DisableAsync(string id, long now) =>
        await writer.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, dialect.Partners.DisablePartnerSql, ct,
            ("updated_at", now), ("id", id))) > 0;

    private static string Join(IReadOnlyList<string> values) => string.Join(',', values.Select(v => v.Trim()).Where(v => v.Length > 0));

    private static List<string> Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
