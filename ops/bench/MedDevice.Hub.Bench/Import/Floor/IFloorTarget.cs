using System.Data.Common;

namespace MedDevice.Hub.Bench.Import.Floor;

/// <summary>Empty copies of the registry tables (same columns, indexes and foreign keys) that the floor run fills.</summary>
internal interface IFloorTarget : IAsyncDisposable
{
    /// <summary>A connection to the imported database, to read the rows back.</summary>
    DbConnection Source { get; }

    /// <summary>
    /// Creates the empty tables with the settings the hub's bulk import uses; <paramref name="foreignKeys"/> false leaves
    /// PostgreSQL's foreign keys out (SQLite's bulk settings never check them).
    /// </summary>
    Task CreateAsync(IReadOnlyList<FloorTable> tables, bool foreignKeys);

    /// <summary>Writes one batch of every table in one transaction and commits it.</summary>
    Task WriteBatchAsync(IReadOnlyList<(FloorTable Table, List<object?[]> Rows)> batch);

    /// <summary>Whatever the hub also does once at the end of an import (SQLite: copy the WAL back).</summary>
    Task FinishAsync();
}
