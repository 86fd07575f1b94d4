using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Prices;

/// <summary>Reference prices by UDI-DI key or registration number.</summary>
public sealed class ReferencePriceStore(SqlDialect dialect, GroupCommitWriter writer)
{
    /// <summary>Creates or replaces a reference price.</summary>
    public Task UpsertAsync(ReferencePrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        return writer.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, dialect.Customs.UpsertReferencePriceSql, ct,
            ("price_key", price.Key), ("unit_price_vnd", price.UnitPriceVnd), ("currency", price.Currency), ("source", price.Source),
            ("updated_at", price.UpdatedAt)));
    }

    /// <summary>The price of the first key that has one (keys in order of preference), read on one connection.</summary>
    public async Task<ReferencePrice?> FindFirstAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        foreach (var key in keys)
        {
            var found = await ReadAsync(connection, dialect.Customs.SelectReferencePriceSql, cancellationToken, ("price_key", key));
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        return null;
    }

    /// <summary>The prices of every key that has one, read on one connection.</summary>
    public async Task<IReadOnlyDictionary<string, ReferencePrice>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, keys, cancellationToken);
    }

    /// <summary>The same on the caller's open connection (outside a transaction).</summary>
    public async Task<IReadOnlyDictionary<string, ReferencePrice>> FindAsync(DbConnection connection, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, ReferencePrice>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var prices = await ReadAsync(connection, dialect.Customs.SelectReferencePriceSql, cancellationToken, ("price_key", key));
            if (prices.Count > 0)
            {
                found[key] = prices[0];
            }
        }

        return found;
    }

    /// <summary>Reference prices in key order, after <paramref name="after"/> (keyset paging).</summary>
    public async Task<IReadOnlyList<ReferencePrice>> ListAsync(string after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, dialect.Customs.ListReferencePricesSql, cancellationToken, ("after", after ?? ""), ("limit", limit));
    }

    private static async Task<IReadOnlyList<ReferencePrice>> ReadAsync(DbConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var prices = new List<ReferencePrice>();
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            prices.Add(new ReferencePrice(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        }

        return prices;
    }
}
