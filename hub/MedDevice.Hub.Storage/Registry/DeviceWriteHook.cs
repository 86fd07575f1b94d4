using System.Data.Common;

namespace MedDevice.Hub.Storage.Registry;

/// <summary>Work done inside a device write's transaction, given its result and the write time (Unix ms).</summary>
public delegate Task DeviceWriteHook(DbConnection connection, DbTransaction transaction, DeviceWriteResult result, long now, CancellationToken cancellationToken);
