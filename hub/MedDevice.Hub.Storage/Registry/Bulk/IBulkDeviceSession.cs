using System.Data.Common;

namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>One open transaction of a bulk batch, in the engine's own way (set-based on PostgreSQL, prepared per row on SQLite).</summary>
internal interface IBulkDeviceSession : IAsyncDisposable
{
    /// <summary>The connection (for write hooks).</summary>
    DbConnection Connection { get; }

    /// <summary>The transaction (for write hooks).</summary>
    DbTransaction Transaction { get; }

    /// <summary>The devices the rows' ids and keys point at, aligned with <paramref name="rows"/>.</summary>
    Task<BulkMatches[]> ResolveAsync(IReadOnlyList<BulkDeviceRow> rows, CancellationToken cancellationToken);

    /// <summary>Inserts new devices unless a key was taken meanwhile; returns the ids inserted.</summary>
    Task<IReadOnlySet<string>> InsertAsync(IReadOnlyList<BulkInsert> inserts, long now, CancellationToken cancellationToken);

    /// <summary>Stores next versions where the device is still at the expected version; returns id → new version.</summary>
    Task<IReadOnlyDictionary<string, int>> UpdateAsync(IReadOnlyList<BulkUpdate> updates, long now, CancellationToken cancellationToken);

    /// <summary>Writes the history rows and (replacing the old ones) the search index of the stored versions.</summary>
    Task WriteVersionsAsync(IReadOnlyList<BulkVersion> versions, long now, CancellationToken cancellationToken);

    /// <summary>Records the checkpoint in the transaction.</summary>
    Task SaveCheckpointAsync(BulkCheckpoint checkpoint, long now, CancellationToken cancellationToken);

    /// <summary>Commits.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
