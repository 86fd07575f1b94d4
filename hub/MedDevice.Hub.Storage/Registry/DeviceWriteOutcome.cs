namespace MedDevice.Hub.Storage.Registry;

/// <summary>What an upsert did.</summary>
public enum DeviceWriteOutcome
{
    /// <summary>A new device was stored as version 1.</summary>
    Created = 0,

    /// <summary>The matched device got a new version.</summary>
    Updated = 1,

    /// <summary>The matched device exists and was left unchanged (<see cref="ExistingDevicePolicy.Keep"/>).</summary>
    Existing = 2,

    /// <summary>The matched device is revoked: nothing was written (its keys stay reserved).</summary>
    Revoked = 3,

    /// <summary>The id and business keys point at different devices: nothing was written.</summary>
    KeyConflict = 4,

    /// <summary>The matched device already holds exactly this content: no new version (an idempotent repeat).</summary>
    Unchanged = 5,

    /// <summary>The device is not at <see cref="DeviceWrite.ExpectedVersion"/> (or does not exist): nothing was written.</summary>
    VersionConflict = 6,
}
