namespace MedDevice.Hub.Composition;

/// <summary>Set once the schema is migrated; the readiness probe and the workers wait for it.</summary>
public sealed class StorageReadiness
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once migrations completed.</summary>
    public bool IsMigrated => _migrated.Task.IsCompletedSuccessfully;

    /// <summary>Completes when migrations completed.</summary>
    public Task Migrated => _migrated.Task;

    /// <summary>Marks the schema migrated.</summary>
    public void MarkMigrated() => _migrated.TrySetResult();
}
