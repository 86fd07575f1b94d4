namespace MedDevice.Hub.Storage.Registry.Bulk;

/// <summary>A new device to insert as version 1.</summary>
internal sealed record BulkInsert(int Ordinal, string Id, BulkDeviceRow Row);
