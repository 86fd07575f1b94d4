using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>Reads and forgets the checkpoints that <see cref="RegistryBulkWriter"/> commits with each batch of a resumable import.</summary>
public sealed class ImportCheckpointStore(SqlDialect dialect)
{
    /// <summary>The checkpoint of a source; null when none (never started, finished or restarted).</summary>
    public async Task<BulkCheckpoint?> GetAsync(string sourceKey, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Registry.SelectImportCheckpointSql, ("source_key", sourceKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new BulkCheckpoint(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4), reader.GetInt64(5))
            : null;
    }

    /// <summary>Forgets the checkpoint of a source.</summary>
    public async Task DeleteAsync(string sourceKey, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, dialect.Registry.DeleteImportCheckpointSql, cancellationToken, ("source_key", sourceKey));
    }
}
