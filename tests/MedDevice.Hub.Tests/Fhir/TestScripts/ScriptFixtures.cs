using Hl7.Fhir.Model;
using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// The Device fixtures standing in for the examples' Patient fixtures: a registry entry named
/// <see cref="ScriptRetargeting.DeviceName"/> (model <see cref="ScriptRetargeting.ModelNumber"/>) with its own UDI-DI and
/// registration number per run; the "update" fixture is the same device changed; the "minimum" fixture holds only its
/// name and model. Ids are per run, so scripts never meet each other's devices.
/// </summary>
public static class ScriptFixtures
{
    /// <summary>The id of the device the environment keeps on the server for the read scripts (<c>KnownPatientResourceId</c>).</summary>
    public const string KnownId = "example";

    public static IReadOnlyDictionary<string, Resource> For(string scriptId, IEnumerable<string> fixtureIds)
    {
        ArgumentNullException.ThrowIfNull(scriptId);
        ArgumentNullException.ThrowIfNull(fixtureIds);
        var id = $"ts-{scriptId.Replace("testscript-", "", StringComparison.Ordinal)}-{Guid.NewGuid().ToString("N")[..6]}";
        var entry = Entry(id);
        var fixtures = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var fixtureId in fixtureIds)
        {
            fixtures[fixtureId] = fixtureId switch
            {
                "fixture-patient-create" => entry,
                "fixture-patient-update" => Updated(entry),
                "fixture-patient-minimum" => new Device
                {
                    DeviceName = [new Device.DeviceNameComponent { Name = ScriptRetargeting.DeviceName, Type = DeviceNameType.UserFriendlyName }],
                    ModelNumber = ScriptRetargeting.ModelNumber,
                },
                _ => throw new NotSupportedException($"Fixture '{fixtureId}' has no Device stand-in: add one to {nameof(ScriptFixtures)}."),
            };
        }

        return fixtures;
    }

    /// <summary>A registry entry with fresh keys under <paramref name="id"/>.</summary>
    public static Device Entry(string id)
    {
        var device = RegistryDevices.Entry(ScriptRetargeting.DeviceName, RegistryDevices.UniqueDi(), RegistryDevices.UniqueRegistrationNumber(), "C");
        device.Id = id;
        device.ModelNumber = ScriptRetargeting.ModelNumber;
        device.Manufacturer = "Drägerwerk AG & Co. KGaA";
        return device;
    }

    private static Device Updated(Device entry)
    {
        var device = (Device)entry.DeepCopy();
        device.Id = entry.Id + "-update";
        device.Manufacturer = "Dräger Việt Nam";
        device.DeviceName.Add(new Device.DeviceNameComponent { Name = "Máy thở hồi sức Evita", Type = DeviceNameType.ModelName });
        return device;
    }
}
