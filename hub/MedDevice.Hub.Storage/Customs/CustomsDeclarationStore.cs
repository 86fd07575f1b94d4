using System.Data.Common;
using System.Globalization;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Customs;

/// <summary>
/// Declarations, their lines and the devices each line was recorded as, so amendments and cancellations update the same
/// records (declaration number + line). Writes run in the caller's transaction, with the devices they concern.
/// </summary>
public sealed class CustomsDeclarationStore(SqlDialect dialect)
{
    /// <summary>Most line devices written by one statement (bounded so the parameter count stays far below engine limits).</summary>
    private const int DevicesPerStatement = 500;

    /// <summary>The declaration with its lines and devices; null when unknown.</summary>
    public async Task<CustomsDeclarationState?> GetAsync(string baseNumber, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        return await GetAsync(connection, null, baseNumber, cancellationToken);
    }

    /// <summary>The same, in the caller's transaction.</summary>
    public async Task<CustomsDeclarationState?> GetAsync(DbConnection connection, DbTransaction? transaction, string baseNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        CustomsDeclarationRecord? declaration = null;
        await using (var command = connection.Command(transaction, dialect.Customs.SelectCustomsDeclarationSql, ("base_number", baseNumber)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                declaration = new CustomsDeclarationRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), reader.GetInt32(6), reader.GetString(7), reader.GetString(8), reader.GetInt64(9), reader.GetInt64(10));
            }
        }

        if (declaration is null)
        {
            return null;
        }

        var lines = new List<CustomsLineRecord>();
        await using (var command = connection.Command(transaction, dialect.Customs.SelectCustomsLinesSql, ("base_number", baseNumber)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(new CustomsLineRecord(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetInt64(6)));
            }
        }

        var devices = new List<CustomsLineDevice>();
        await using (var command = connection.Command(transaction, dialect.Customs.SelectCustomsLineDevicesSql, ("base_number", baseNumber)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                devices.Add(new CustomsLineDevice(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        return new CustomsDeclarationState(declaration, lines, devices);
    }

    /// <summary>Creates or replaces the declaration row.</summary>
    public Task UpsertDeclarationAsync(DbConnection connection, DbTransaction transaction, CustomsDeclarationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(record);
        return connection.ExecuteAsync(transaction, dialect.Customs.UpsertCustomsDeclarationSql, cancellationToken,
            ("base_number", record.BaseNumber), ("number", record.Number), ("partner_id", record.PartnerId), ("importer", record.Importer),
            ("customs_office", record.CustomsOffice), ("state", record.State), ("amendment_count", record.AmendmentCount), ("lane", record.Lane),
            ("hub_message_id", record.HubMessageId), ("created_at", record.CreatedAt), ("updated_at", record.UpdatedAt));
    }

    /// <summary>Creates or replaces a line row and replaces its devices.</summary>
    public async Task UpsertLineAsync(DbConnection connection, DbTransaction transaction, CustomsLineRecord line, IReadOnlyList<CustomsLineDevice> devices,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(devices);
        var batch = new CommandBatch();
        batch.Add(dialect.Customs.UpsertCustomsLineSql, ("base_number", line.BaseNumber), ("line_no", line.LineNumber), ("state", line.State),
            ("verdict", line.Verdict), ("reasons", line.Reasons), ("content_sha256", line.ContentSha256), ("updated_at", line.UpdatedAt));
        batch.Add(dialect.Customs.DeleteCustomsLineDevicesSql, ("base_number", line.BaseNumber), ("line_no", line.LineNumber));
        foreach (var device in devices)
        {
            batch.Add(dialect.Customs.InsertCustomsLineDeviceSql, ("base_number", device.BaseNumber), ("line_no", device.LineNumber),
                ("device_id", device.DeviceId), ("kind", device.Kind));
        }

        await batch.ExecuteAsync(connection, transaction, cancellationToken);
    }

    /// <summary>
    /// Creates or replaces several lines of one declaration and replaces their devices, in three statements whatever the
    /// number of lines (all <paramref name="lines"/> and <paramref name="devices"/> belong to <paramref name="baseNumber"/>).
    /// </summary>
    public async Task UpsertLinesAsync(DbConnection connection, DbTransaction transaction, string baseNumber, IReadOnlyList<CustomsLineRecord> lines,
        IReadOnlyList<CustomsLineDevice> devices, long updatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(devices);
        if (lines.Count == 0)
        {
            return;
        }

        var batch = new CommandBatch();
        var upsert = new List<(string, object?)> { ("base_number", baseNumber), ("updated_at", updatedAt) };
        var delete = new List<(string, object?)> { ("base_number", baseNumber) };
        for (var i = 0; i < lines.Count; i++)
        {
            upsert.AddRange([($"line_no{i}", lines[i].LineNumber), ($"state{i}", lines[i].State), ($"verdict{i}", lines[i].Verdict),
                ($"reasons{i}", lines[i].Reasons), ($"content_sha256{i}", lines[i].ContentSha256)]);
            delete.Add(($"line_no{i}", lines[i].LineNumber));
        }

        batch.Add(dialect.Customs.UpsertCustomsLinesSql(lines.Count), [.. upsert]);
        batch.Add(dialect.Customs.DeleteCustomsLinesDevicesSql(lines.Count), [.. delete]);
        foreach (var chunk in devices.Chunk(DevicesPerStatement))
        {
            var insert = new List<(string, object?)> { ("base_number", baseNumber) };
            for (var i = 0; i < chunk.Length; i++)
            {
                insert.AddRange([($"line_no{i}", chunk[i].LineNumber), ($"device_id{i}", chunk[i].DeviceId), ($"kind{i}", chunk[i].Kind)]);
            }

            batch.Add(dialect.Customs.InsertCustomsLineDevicesSql(chunk.Length), [.. insert]);
        }

        await batch.ExecuteAsync(connection, transaction, cancellationToken);
    }

    /// <summary>How many live lines of declarations other than <paramref name="baseNumber"/> still hold the device.</summary>
    public async Task<long> CountOtherLiveLinesAsync(DbConnection connection, DbTransaction transaction, string deviceId, string baseNumber,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.Command(transaction, dialect.Customs.CountOtherLiveLinesOfDeviceSql, ("device_id", deviceId), ("base_number", baseNumber));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
