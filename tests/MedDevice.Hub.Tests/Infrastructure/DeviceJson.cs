namespace MedDevice.Hub.Tests.Infrastructure;

/// <summary>Small FHIR R4 Device payloads for the registry.device feed.</summary>
public static class DeviceJson
{
    public static string WithUdi(string di, string name = "Máy thở") =>
        $$"""{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"{{di}}","issuer":"http://hl7.org/fhir/NamingSystem/gs1-di"}],"deviceName":[{"name":"{{name}}","type":"user-friendly-name"}],"status":"active"}""";
}
