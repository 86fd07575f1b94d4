namespace MedDevice.Hub.Tests.Privacy;

/// <summary>A person's data as it arrives inside partner payloads, and Devices carrying it.</summary>
public static class PersonalDataJson
{
    public const string PersonalId = "001085012345";
    public const string InsuranceCard = "DN4797915123456";
    public const string Name = "Nguyễn Thị Hồng Nhung";
    public const string BirthDateVn = "17/05/1985";
    public const string BirthDateIso = "1985-05-17";

    /// <summary>The values that must never reach logs or non-payload columns.</summary>
    public static IReadOnlyList<string> Forbidden { get; } = [PersonalId, InsuranceCard, Name, BirthDateVn, BirthDateIso];

    /// <summary>A valid Device whose owner display, contact and note name a person with ID, card and birth date.</summary>
    public static string DeviceWithOwner(string di) =>
        $$"""
        {"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"{{di}}","issuer":"http://hl7.org/fhir/NamingSystem/gs1-di"}],
         "status":"active","owner":{"display":"{{Name}} (CCCD {{PersonalId}})"},
         "contact":[{"system":"other","value":"{{Name}}, BHYT {{InsuranceCard}}"}],
         "note":[{"text":"Bệnh nhân {{Name}}, CCCD {{PersonalId}}, sinh ngày {{BirthDateVn}} ({{BirthDateIso}}), thẻ BHYT {{InsuranceCard}}"}]}
        """;

    /// <summary>An invalid Device (unknown status code built from the ID, no device key) that is quarantined.</summary>
    public static string InvalidDevice() =>
        $$"""{"resourceType":"Device","status":"{{PersonalId}}","owner":{"display":"{{Name}}"},"note":[{"text":"sinh ngày {{BirthDateVn}}"}]}""";
}
