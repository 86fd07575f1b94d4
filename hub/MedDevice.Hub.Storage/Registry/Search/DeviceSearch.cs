using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Registry.Sql;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>Device search over the registry index (both engines), keyset-paged; and the type-level history.</summary>
public sealed class DeviceSearch(SqlDialect dialect, TimeProvider time, IPayloadProtector? protector = null)
{
    private readonly IPayloadProtector _payloads = protector ?? PlainPayloads.Instance;

    /// <summary>One page of live devices matching the query.</summary>
    /// <exception cref="InvalidCursorException">The cursor does not belong to this query.</exception>
    public async Task<DeviceSearchPage> SearchAsync(DeviceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Count, 1);
        var (sql, parameters, driver) = DeviceSearchSql.Page(query, time.GetUtcNow().ToUnixTimeMilliseconds(), dialect.Registry.IndexTableByDevice);
        var hits = new List<DeviceSearchHit>(query.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        (string Id, long LastUpdated, string? OrderText)? last = null;
        var more = false;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, sql, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (++rows > query.Count)
            {
                more = true;
                break;
            }

            var hit = new DeviceSearchHit(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), _payloads.Unprotect((byte[])reader.GetValue(3)));
            last = (hit.Id, hit.LastUpdated, reader.NullableString(4));
            // A token driver can list a device twice (the same code in two systems): keep the first.
            if (seen.Add(hit.Id))
            {
                hits.Add(hit);
            }
        }

        var next = more && last is { } position ? SearchCursor.Encode(driver, position.OrderText, position.LastUpdated, position.Id) : null;
        return new DeviceSearchPage(hits, next);
    }

    /// <summary>The number of live devices matching the query's criteria.</summary>
    public async Task<long> CountAsync(DeviceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, parameters) = DeviceSearchSql.Count(query, time.GetUtcNow().ToUnixTimeMilliseconds(), dialect.Registry.IndexTableByDevice);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, sql, [.. parameters]);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Versions of all devices changed at or after <paramref name="since"/> (Unix ms), newest first, after the
    /// keyset position <paramref name="before"/> (from the previous page's last version); at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<DeviceVersion>> HistoryAsync(long since, DeviceVersion? before, int limit, CancellationToken cancellationToken)
    {
        var versions = new List<DeviceVersion>(limit);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Registry.SelectAllDeviceHistorySql, ("since", since),
            ("before", before?.LastUpdated ?? long.MaxValue), ("before_id", before?.Id ?? ""), ("before_version", before?.VersionId ?? 0), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new DeviceVersion(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), _payloads.Unprotect((byte[])reader.GetValue(3)), reader.GetInt32(4) != 0));
        }

        return versions;
    }
}
