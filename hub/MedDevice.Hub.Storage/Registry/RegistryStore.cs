using MedDevice.Hub.Core.Registry;
using System.Data.Common;
using MedDevice.Hub.Core.Text;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Registry;

/// <summary>
/// The national device registry: devices keyed by FHIR logical id, unique by business key (UDI-DI key, registration
/// number), versioned, logically deleted, with a search index the caller extracts. Every version — the current one
/// included — is written to <c>device_history</c> in the same transaction, so history and version reads need no
/// union with the current table. Writes go through the group-commit writer; each completes after its commit.
/// </summary>
/// <remarks>
/// Concurrent creates of one business key are race-free: the insert is <c>ON CONFLICT DO NOTHING</c> against the
/// unique key indexes and the loser re-reads the winner. PostgreSQL makes the loser wait for the winner's commit;
/// SQLite has a single writer. An update is guarded by the version it read and retried if another writer got in first.
/// </remarks>
public sealed class RegistryStore(SqlDialect dialect, GroupCommitWriter writer, TimeProvider time, IPayloadProtector? protector = null)
{
    private readonly IPayloadProtector _payloads = protector ?? PlainPayloads.Instance;

    private const int MaxAttempts = 8;

    /// <summary>Creates the device, or applies <see cref="DeviceWrite.OnExisting"/> to the one matched by id or business key.</summary>
    public Task<DeviceWriteResult> UpsertByBusinessKeyAsync(DeviceWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return writer.WriteAsync((connection, transaction, ct) => UpsertByBusinessKeyAsync(connection, transaction, write, ct));
    }

    /// <summary>
    /// The same write inside the caller's transaction (for writes that must commit with other records, e.g. a customs
    /// declaration and every device it records). The caller owns the transaction and its retries.
    /// </summary>
    public async Task<DeviceWriteResult> UpsertByBusinessKeyAsync(DbConnection connection, DbTransaction transaction, DeviceWrite write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var (existing, conflict) = await ResolveAsync(connection, transaction, write, ct);
            if (conflict)
            {
                return new DeviceWriteResult(DeviceWriteOutcome.KeyConflict, null, 0);
            }

            if (write.ExpectedVersion is { } expected && (existing is null || existing.VersionId != expected || existing.Deleted))
            {
                return new DeviceWriteResult(DeviceWriteOutcome.VersionConflict, existing?.Id, existing?.VersionId ?? 0);
            }

            if (existing is null)
            {
                var id = write.Id ?? Guid.CreateVersion7().ToString("D");
                if (await TryInsertAsync(connection, transaction, id, write, now, ct))
                {
                    return await AfterAsync(connection, transaction, write.AfterWrite, new DeviceWriteResult(DeviceWriteOutcome.Created, id, 1), now, ct);
                }

                continue; // another writer took the id or a key first: resolve again and treat it as existing
            }

            if (existing.Deleted)
            {
                return new DeviceWriteResult(DeviceWriteOutcome.Revoked, existing.Id, existing.VersionId);
            }

            if (write.OnExisting == ExistingDevicePolicy.Keep)
            {
                return new DeviceWriteResult(DeviceWriteOutcome.Existing, existing.Id, existing.VersionId);
            }

            if (string.Equals(existing.Status, write.Status, StringComparison.Ordinal) && existing.Resource.AsSpan().SequenceEqual(write.Resource))
            {
                return await AfterAsync(connection, transaction, write.AfterWrite, new DeviceWriteResult(DeviceWriteOutcome.Unchanged, existing.Id, existing.VersionId), existing.LastUpdated, ct);
            }

            if (await TryUpdateAsync(connection, transaction, existing, write, now, ct))
            {
                return await AfterAsync(connection, transaction, write.AfterWrite, new DeviceWriteResult(DeviceWriteOutcome.Updated, existing.Id, existing.VersionId + 1), now, ct);
            }
        }

        throw new InvalidOperationException($"The device write kept losing to concurrent writers ({MaxAttempts} attempts).");
    }

    /// <summary>
    /// Revokes (logically deletes) the device as a new version; its keys stay reserved and it leaves the search
    /// index. Null when the id is unknown; <paramref name="afterWrite"/> runs in the transaction when it is revoked now.
    /// </summary>
    public Task<DeviceWriteResult?> RevokeAsync(string id, DeviceWriteHook? afterWrite = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return writer.WriteAsync<DeviceWriteResult?>(async (connection, transaction, ct) =>
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var device = await SelectOneAsync(connection, transaction, dialect.Registry.SelectDeviceByIdSql, ("id", id), ct);
                if (device is null)
                {
                    return null;
                }

                if (device.Deleted)
                {
                    return new DeviceWriteResult(DeviceWriteOutcome.Revoked, id, device.VersionId);
                }

                var version = device.VersionId + 1;
                var now = time.GetUtcNow().ToUnixTimeMilliseconds();
                if (await connection.ExecuteAsync(transaction, dialect.Registry.RevokeDeviceSql, ct,
                        ("version_id", version), ("last_updated", now), ("id", id), ("expected_version", device.VersionId)) == 1)
                {
                    await InsertHistoryAsync(connection, transaction, id, version, now, device.Resource, deleted: true, ct);
                    await connection.ExecuteAsync(transaction, dialect.Registry.DeleteDeviceTokensSql, ct, ("device_id", id));
                    await connection.ExecuteAsync(transaction, dialect.Registry.DeleteDeviceStringsSql, ct, ("device_id", id));
                    var result = new DeviceWriteResult(DeviceWriteOutcome.Updated, id, version);
                    if (afterWrite is not null)
                    {
                        await afterWrite(connection, transaction, result, now, ct);
                    }

                    return result;
                }
            }

            throw new InvalidOperationException($"The device revocation kept losing to concurrent writers ({MaxAttempts} attempts).");
        });
    }

    /// <summary>The current version of the device (revoked ones included, flagged); null when unknown.</summary>
    public async Task<StoredDevice?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await SelectOneAsync(connection, null, dialect.Registry.SelectDeviceByIdSql, ("id", id), cancellationToken);
    }

    /// <summary>The device holding a UDI-DI key, else the one holding a registration number (revoked ones included).</summary>
    public async Task<StoredDevice?> FindByBusinessKeyAsync(string? udiDiKey, string? registrationNumber, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return (udiDiKey is null ? null : await SelectOneAsync(connection, null, dialect.Registry.SelectDeviceByUdiDiKeySql, ("udi_di_key", udiDiKey), cancellationToken))
            ?? (registrationNumber is null ? null
                : await SelectOneAsync(connection, null, dialect.Registry.SelectDeviceByRegistrationNumberSql, ("registration_number", registrationNumber), cancellationToken));
    }

    /// <summary>
    /// The devices holding each UDI-DI key and each registration number (revoked ones included), read on one connection;
    /// keys without a device are absent from the result.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, StoredDevice>> FindByBusinessKeysAsync(IReadOnlyCollection<string> udiDiKeys,
        IReadOnlyCollection<string> registrationNumbers, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await FindByBusinessKeysAsync(connection, udiDiKeys, registrationNumbers, cancellationToken);
    }

    /// <summary>The same on the caller's open connection (outside a transaction).</summary>
    public async Task<IReadOnlyDictionary<string, StoredDevice>> FindByBusinessKeysAsync(DbConnection connection, IReadOnlyCollection<string> udiDiKeys,
        IReadOnlyCollection<string> registrationNumbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(udiDiKeys);
        ArgumentNullException.ThrowIfNull(registrationNumbers);
        var found = new Dictionary<string, StoredDevice>(StringComparer.Ordinal);
        foreach (var key in udiDiKeys.Distinct(StringComparer.Ordinal))
        {
            if (await SelectOneAsync(connection, null, dialect.Registry.SelectDeviceByUdiDiKeySql, ("udi_di_key", key), cancellationToken) is { } device)
            {
                found[key] = device;
            }
        }

        foreach (var number in registrationNumbers.Distinct(StringComparer.Ordinal))
        {
            if (await SelectOneAsync(connection, null, dialect.Registry.SelectDeviceByRegistrationNumberSql, ("registration_number", number), cancellationToken) is { } device)
            {
                found[number] = device;
            }
        }

        return found;
    }

    /// <summary>The devices holding each instance key (revoked ones included), read on one connection; unknown keys are absent.</summary>
    public async Task<IReadOnlyDictionary<string, StoredDevice>> FindByInstanceKeysAsync(IReadOnlyCollection<string> instanceKeys, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await FindByInstanceKeysAsync(connection, instanceKeys, cancellationToken);
    }

    /// <summary>The same on the caller's open connection (outside a transaction).</summary>
    public async Task<IReadOnlyDictionary<string, StoredDevice>> FindByInstanceKeysAsync(DbConnection connection, IReadOnlyCollection<string> instanceKeys,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(instanceKeys);
        var found = new Dictionary<string, StoredDevice>(StringComparer.Ordinal);
        foreach (var key in instanceKeys.Distinct(StringComparer.Ordinal))
        {
            if (await SelectOneAsync(connection, null, dialect.Registry.SelectDeviceByInstanceKeySql, ("instance_key", key), cancellationToken) is { } device)
            {
                found[key] = device;
            }
        }

        return found;
    }

    /// <summary>The current version of the device in the caller's transaction; null when unknown.</summary>
    public Task<StoredDevice?> GetAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken) =>
        SelectOneAsync(connection, transaction, dialect.Registry.SelectDeviceByIdSql, ("id", id), cancellationToken);

    /// <summary>One version of the device; null when unknown.</summary>
    public async Task<DeviceVersion?> GetVersionAsync(string id, int versionId, CancellationToken cancellationToken)
    {
        var versions = await ReadVersionsAsync(dialect.Registry.SelectDeviceVersionSql, cancellationToken, ("id", id), ("version_id", versionId));
        return versions.Count == 0 ? null : versions[0];
    }

    /// <summary>Every version of the device, newest first (empty when unknown).</summary>
    public Task<IReadOnlyList<DeviceVersion>> HistoryAsync(string id, CancellationToken cancellationToken) =>
        ReadVersionsAsync(dialect.Registry.SelectDeviceHistorySql, cancellationToken, ("id", id));

    /// <summary>Ids of live devices with a string value of <paramref name="param"/> starting with <paramref name="prefix"/> (folded on both sides).</summary>
    public Task<IReadOnlyList<string>> SearchIdsAsync(string param, string prefix, CancellationToken cancellationToken, int limit = 100)
    {
        var pattern = EscapeLike(SearchText.Fold(prefix)) + "%";
        return ReadIdsAsync(dialect.Registry.SearchDeviceStringsSql, cancellationToken, ("param", param), ("pattern", pattern), ("limit", limit));
    }

    /// <summary>Ids of live devices with the token <paramref name="system"/>|<paramref name="code"/> (any system when null).</summary>
    public Task<IReadOnlyList<string>> SearchByTokenAsync(string param, string? system, string code, CancellationToken cancellationToken, int limit = 100) =>
        system is null
            ? ReadIdsAsync(dialect.Registry.SearchDeviceTokensAnySystemSql, cancellationToken, ("param", param), ("code", code), ("limit", limit))
            : ReadIdsAsync(dialect.Registry.SearchDeviceTokensWithSystemSql, cancellationToken, ("param", param), ("system", system), ("code", code), ("limit", limit));

    private static async Task<DeviceWriteResult> AfterAsync(DbConnection connection, DbTransaction transaction, DeviceWriteHook? hook, DeviceWriteResult result, long now, CancellationToken ct)
    {
        if (hook is not null)
        {
            await hook(connection, transaction, result, now, ct);
        }

        return result;
    }

    private async Task<(StoredDevice? Device, bool Conflict)> ResolveAsync(DbConnection connection, DbTransaction transaction, DeviceWrite write, CancellationToken ct)
    {
        var byId = write.Id is null ? null : await SelectOneAsync(connection, transaction, dialect.Registry.SelectDeviceByIdSql, ("id", write.Id), ct);
        var byUdi = write.UdiDiKey is null ? null : await SelectOneAsync(connection, transaction, dialect.Registry.SelectDeviceByUdiDiKeySql, ("udi_di_key", write.UdiDiKey), ct);
        var byRegistration = write.RegistrationNumber is null ? null
            : await SelectOneAsync(connection, transaction, dialect.Registry.SelectDeviceByRegistrationNumberSql, ("registration_number", write.RegistrationNumber), ct);

        var byInstance = write.InstanceKey is null ? null
            : await SelectOneAsync(connection, transaction, dialect.Registry.SelectDeviceByInstanceKeySql, ("instance_key", write.InstanceKey), ct);

        var found = new[] { byId, byUdi, byRegistration, byInstance }.OfType<StoredDevice>().DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        // A key held by another device than the one the id names (or than the other key's) cannot be written.
        var conflict = found.Count > 1 || (write.Id is not null && byId is null && found.Count == 1);
        return (conflict ? null : found.SingleOrDefault(), conflict);
    }

    private async Task<bool> TryInsertAsync(DbConnection connection, DbTransaction transaction, string id, DeviceWrite write, long now, CancellationToken ct)
    {
        if (await connection.ExecuteAsync(transaction, dialect.Registry.InsertDeviceSql, ct, ("id", id), ("last_updated", now), ("status", write.Status),
                ("udi_di_key", write.UdiDiKey), ("registration_number", write.RegistrationNumber), ("instance_key", write.InstanceKey),
                ("resource", _payloads.Protect(write.Resource))) != 1)
        {
            return false;
        }

        await InsertHistoryAsync(connection, transaction, id, 1, now, write.Resource, deleted: false, ct);
        await ReplaceIndexAsync(connection, transaction, id, write, fresh: true, ct);
        return true;
    }

    private async Task<bool> TryUpdateAsync(DbConnection connection, DbTransaction transaction, StoredDevice existing, DeviceWrite write, long now, CancellationToken ct)
    {
        var version = existing.VersionId + 1;
        if (await connection.ExecuteAsync(transaction, dialect.Registry.UpdateDeviceSql, ct, ("version_id", version), ("last_updated", now),
                ("status", write.Status), ("udi_di_key", write.UdiDiKey ?? existing.UdiDiKey),
                ("registration_number", write.RegistrationNumber ?? existing.RegistrationNumber), ("instance_key", write.InstanceKey),
                ("resource", _payloads.Protect(write.Resource)),
                ("id", existing.Id), ("expected_version", existing.VersionId)) != 1)
        {
            return false;
        }

        await InsertHistoryAsync(connection, transaction, existing.Id, version, now, write.Resource, deleted: false, ct);
        await ReplaceIndexAsync(connection, transaction, existing.Id, write, fresh: false, ct);
        return true;
    }

    private Task<int> InsertHistoryAsync(DbConnection connection, DbTransaction transaction, string id, int version, long now, byte[] resource, bool deleted, CancellationToken ct) =>
        connection.ExecuteAsync(transaction, dialect.Registry.InsertDeviceHistorySql, ct,
            ("id", id), ("version_id", version), ("last_updated", now), ("resource", _payloads.Protect(resource)), ("deleted", deleted ? 1 : 0));

    /// <summary>Most index rows written by one statement (bounded so the parameter count stays far below engine limits).</summary>
    private const int IndexRowsPerStatement = 64;

    private async Task ReplaceIndexAsync(DbConnection connection, DbTransaction transaction, string id, DeviceWrite write, bool fresh, CancellationToken ct)
    {
        var batch = new CommandBatch();
        if (!fresh)
        {
            batch.Add(dialect.Registry.DeleteDeviceTokensSql, ("device_id", id));
            batch.Add(dialect.Registry.DeleteDeviceStringsSql, ("device_id", id));
        }

        foreach (var chunk in write.Tokens.Distinct().Chunk(IndexRowsPerStatement))
        {
            var parameters = new List<(string Name, object? Value)>(1 + (chunk.Length * 3)) { ("device_id", id) };
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters.Add(($"param{i}", chunk[i].Param));
                parameters.Add(($"system{i}", chunk[i].System));
                parameters.Add(($"code{i}", chunk[i].Code));
            }

            batch.Add(dialect.Registry.InsertDeviceTokensSql(chunk.Length), [.. parameters]);
        }

        foreach (var chunk in SearchStringRow.Of(write.Strings).Chunk(IndexRowsPerStatement))
        {
            var parameters = new List<(string Name, object? Value)>(1 + (chunk.Length * 4)) { ("device_id", id) };
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters.Add(($"param{i}", chunk[i].Param));
                parameters.Add(($"value_folded{i}", chunk[i].Folded));
                parameters.Add(($"value_exact{i}", chunk[i].Exact));
                parameters.Add(($"prev_folded{i}", chunk[i].PreviousFolded));
            }

            batch.Add(dialect.Registry.InsertDeviceStringsSql(chunk.Length), [.. parameters]);
        }

        await batch.ExecuteAsync(connection, transaction, ct);
    }

    private async Task<StoredDevice?> SelectOneAsync(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value) key, CancellationToken ct)
    {
        await using var command = connection.Command(transaction, sql, key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new StoredDevice(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetString(3), reader.NullableString(4),
                reader.NullableString(5), _payloads.Unprotect((byte[])reader.GetValue(6)), reader.GetInt32(7) != 0)
            : null;
    }

    private async Task<IReadOnlyList<DeviceVersion>> ReadVersionsAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var versions = new List<DeviceVersion>();
        await using var connection = await dialect.OpenConnectionAsync(ct);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            versions.Add(new DeviceVersion(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), _payloads.Unprotect((byte[])reader.GetValue(3)), reader.GetInt32(4) != 0));
        }

        return versions;
    }

    private async Task<IReadOnlyList<string>> ReadIdsAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var ids = new List<string>();
        await using var connection = await dialect.OpenConnectionAsync(ct);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
