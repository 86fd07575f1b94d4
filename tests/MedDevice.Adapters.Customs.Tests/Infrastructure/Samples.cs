using System.Security.Cryptography.X509Certificates;
using System.Text;
using MedDevice.Adapters.Customs.Envelope;
using MedDevice.Adapters.Customs.Requests;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Tests.Infrastructure;

/// <summary>Sample declarations and requests.</summary>
public static class Samples
{
    public static readonly NswParty Customs = new("Tổng cục Hải quan", "vn-customs");
    public static readonly NswParty Hub = new("MedDevice.Hub", "MEDDEVICE-HUB");
    public static readonly DateTimeOffset SentAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(7));

    public static CustomsDeclaration Declaration(string number = "103027528700", int lines = 2) => new(
        number, "A11", "03CC", "0100109106", "Công ty TNHH Thiết bị Y tế Hồng Đức", "Medtronic Europe Sàrl", "CH",
        new DateOnly(2026, 3, 1), "USD",
        Enumerable.Range(1, lines).Select(Line).ToList());

    public static CustomsDeclarationLine Line(int number) => new(
        number, "90189090", $"Stent mạch vành phủ thuốc, dòng {number}", "IE", 10m, "PCE", 1250.5m, "USD", 12505m,
        [$"(01)08717648200274(17)271231(10)LOT{number}"], "2502433ĐKLH/BYT-HTTB");

    public static byte[] Request(CustomsDeclaration declaration, X509Certificate2? signer, CustomsFunction function = CustomsFunction.Declare, string messageId = "3f2b6c1e-0d4a-4f55-9b7e-1a2b3c4d5e6f") =>
        DeclarationRequestWriter.Write(declaration, function, messageId, Customs, Hub, SentAt, signer);

    public static string Text(byte[] body) => Encoding.UTF8.GetString(body);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
