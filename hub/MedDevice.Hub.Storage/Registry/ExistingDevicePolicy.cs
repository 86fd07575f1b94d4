namespace MedDevice.Hub.Storage.Registry;

/// <summary>What an upsert does when its id or business key already belongs to a live device.</summary>
public enum ExistingDevicePolicy
{
    /// <summary>Store the write as the device's next version (conditional update).</summary>
    Update = 0,

    /// <summary>Leave the device as it is and return it (conditional create, FHIR <c>If-None-Exist</c>).</summary>
    Keep = 1,
}
