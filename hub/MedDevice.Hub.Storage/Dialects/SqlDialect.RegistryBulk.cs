namespace MedDevice.Hub.Storage.Dialects;

/// <summary>
/// Registry bulk-import SQL shared by both engines: checkpoints of resumable imports. The per-row device statements
/// are the registry's own (<see cref="InsertDeviceSql"/>, …); PostgreSQL adds set-based ones in its dialect.
/// </summary>
public abstract partial class SqlDialect
{
    /// <summary>Records how far an import of one source got (in the transaction of the batch it follows).</summary>
    public virtual string UpsertImportCheckpointSql => """
        INSERT INTO import_checkpoints (source_key, source_path, byte_offset, line_number, state, updated_at)
        VALUES (@source_key, @source_path, @byte_offset, @line_number, @state, @updated_at)
        ON CONFLICT (source_key) DO UPDATE SET source_path = excluded.source_path, byte_offset = excluded.byte_offset,
            line_number = excluded.line_number, state = excluded.state, updated_at = excluded.updated_at
        """;

    /// <summary>The checkpoint of one source.</summary>
    public virtual string SelectImportCheckpointSql => """
        SELECT source_key, source_path, byte_offset, line_number, state, updated_at FROM import_checkpoints WHERE source_key = @source_key
        """;

    /// <summary>Forgets the checkpoint of one source (import finished or restarted).</summary>
    public virtual string DeleteImportCheckpointSql => "DELETE FROM import_checkpoints WHERE source_key = @source_key";
}
