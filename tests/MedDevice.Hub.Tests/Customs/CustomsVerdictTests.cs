using System.Net;
using System.Text;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Adapters.Customs.Signing;
using MedDevice.Hub.Core.Customs;
using MedDevice.Sandbox.Data.Customs;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>Every verdict and reason, end to end over real SOAP on 127.0.0.1, with signed replies.</summary>
public sealed class CustomsVerdictTests(CustomsHub hub) : IClassFixture<CustomsHub>
{
    [Fact]
    public async Task Declare_RegisteredDevicesActiveImporterPricesInBand_GreenLaneSignedReply()
    {
        var sent = await hub.SendAsync(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 3));

        var reply = Ok(sent);
        reply.Lane.ShouldBe("GREEN");
        reply.Lines.Select(l => l.Verdict).ShouldBe(["GREEN", "GREEN", "GREEN"]);
        reply.Lines.ShouldAllBe(l => l.ReasonCodes.Count == 0 && l.PriceDeviation != null && l.Devices.Count == 1 && l.Devices[0].Instance);
        EnvelopeSignatureVerifier.Verify(reply.Envelope!, [hub.HubThumbprint], DateTimeOffset.UtcNow).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Declare_PriceAtFortyPercentOfReference_YellowWithDeviation()
    {
        var reply = Ok(await hub.SendAsync(hub.Generator.Create(hub.NextSequence(), CustomsScenario.PriceAnomalous, lines: 2)));

        reply.Lane.ShouldBe("YELLOW");
        reply.Lines[0].Verdict.ShouldBe("YELLOW");
        reply.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.PriceOutsideBand]);
        reply.Lines[0].PriceDeviation.ShouldBe(-0.6m);
        reply.Lines[1].Verdict.ShouldBe("GREEN");
    }

    [Fact]
    public async Task Declare_UnregisteredDevice_RedUnregistered()
    {
        var reply = Ok(await hub.SendAsync(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Unregistered, lines: 2)));

        reply.Lane.ShouldBe("RED");
        reply.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.Unregistered]);
        reply.Lines[1].Verdict.ShouldBe("GREEN");
    }

    [Fact]
    public async Task Declare_RecalledLot_RedRecalled()
    {
        var reply = Ok(await hub.SendAsync(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Recalled, lines: 1)));

        reply.Lines.ShouldHaveSingleItem().ReasonCodes.ShouldBe([CustomsReasonCodes.Recalled]);
        reply.Lane.ShouldBe("RED");
    }

    [Fact]
    public async Task Declare_RevokedRegistration_RedRevoked()
    {
        var entry = CustomsRegistryFixture.Get(40);
        var id = await SeedAsync(CustomsRegistryFixture.DeviceJson(entry));
        using (var delete = new HttpRequestMessage(HttpMethod.Delete, $"/fhir/Device/{id}"))
        {
            delete.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + CustomsHub.RegistryKey);
            (await hub.Client.SendAsync(delete)).IsSuccessStatusCode.ShouldBeTrue();
        }

        var reply = Ok(await hub.SendAsync(Single(entry.Gtin, entry.RegistrationNumber)));

        reply.Lines[0].ReasonCodes.ShouldContain(CustomsReasonCodes.Revoked);
        reply.Lines[0].Verdict.ShouldBe("RED");
    }

    [Fact]
    public async Task Declare_InactiveRegistration_RedNotActive()
    {
        var entry = CustomsRegistryFixture.Get(41);
        await SeedAsync(CustomsRegistryFixture.DeviceJson(entry).Replace("\"status\":\"active\"", "\"status\":\"inactive\"", StringComparison.Ordinal));

        var reply = Ok(await hub.SendAsync(Single(entry.Gtin, entry.RegistrationNumber)));

        reply.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.NotActive]);
    }

    [Fact]
    public async Task Declare_DiNotRecordedButNumberInForce_YellowLinkedToTheEntry()
    {
        var entry = CustomsRegistryFixture.Get(42);
        var id = await SeedAsync($$"""
            {"resourceType":"Device","identifier":[{"system":"https://fhir.meddevice.gov.vn/NamingSystem/registration-number","value":"{{entry.RegistrationNumber}}"}],
             "status":"active","deviceName":[{"name":"{{entry.Name}}","type":"user-friendly-name"}]}
            """);

        var reply = Ok(await hub.SendAsync(Single(entry.Gtin, entry.RegistrationNumber)));

        reply.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.DiNotRecorded]);
        var device = await hub.GetJsonAsync($"/fhir/Device/{reply.Lines[0].Devices[0].Id}");
        device.GetProperty("extension")[0].GetProperty("valueReference").GetProperty("reference").GetString().ShouldBe($"Device/{id}");
    }

    [Fact]
    public async Task Declare_RegistrationNumberOfAnotherDevice_RedMismatch()
    {
        var declared = CustomsRegistryFixture.Get(1);
        var reply = Ok(await hub.SendAsync(Single(declared.Gtin, CustomsRegistryFixture.Get(2).RegistrationNumber, declared.ReferencePriceVnd)));

        reply.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.RegistrationMismatch]);
    }

    [Fact]
    public async Task Declare_MalformedRegistrationNumberAndUnparsableUdi_RedWithBothReasons()
    {
        var declaration = Single("08930000000010", "12/XYZ"); // wrong GTIN check digit

        var reply = Ok(await hub.SendAsync(declaration));

        reply.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.UdiInvalid, CustomsReasonCodes.RegistrationInvalid]);
        reply.Lines[0].Devices.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(16, "RED", CustomsReasonCodes.ImporterSuspended)]
    [InlineData(28, "RED", CustomsReasonCodes.ImporterClosed)]
    public async Task Declare_ImporterNotActive_RedByStatus(int organization, string verdict, string code)
    {
        var importer = SyntheticOrganizations.Get(organization);
        var declaration = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1) with { ImporterTaxCode = importer.TaxCode, ImporterName = importer.Name };

        var reply = Ok(await hub.SendAsync(declaration));

        reply.Lines[0].Verdict.ShouldBe(verdict);
        reply.Lines[0].ReasonCodes.ShouldBe([code]);
    }

    [Fact]
    public async Task Declare_ImporterUnknownOrInvalid_RedNotFoundOrInvalid()
    {
        var unknown = Ok(await hub.SendAsync(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1) with { ImporterTaxCode = "0100109106" }));
        var invalid = Ok(await hub.SendAsync(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1) with { ImporterTaxCode = "0100109107" }));

        unknown.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.ImporterNotFound]);
        invalid.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.ImporterTaxCodeInvalid]);
    }

    [Fact]
    public async Task Declare_EnterpriseRegisterDown_PendingNeverGuessed()
    {
        hub.Importers.Down = true;
        try
        {
            var reply = Ok(await hub.SendAsync(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 2)));

            reply.Lane.ShouldBe("PENDING");
            reply.Lines.ShouldAllBe(l => l.Verdict == "PENDING" && l.ReasonCodes.SequenceEqual(new[] { CustomsReasonCodes.ImporterPending }));
        }
        finally
        {
            hub.Importers.Down = false;
        }
    }

    [Fact]
    public async Task Declare_ForeignCurrency_ConvertedWithRateOrYellowWithout()
    {
        var entry = CustomsRegistryFixture.Get(5);
        var usd = Single(entry.Gtin, entry.RegistrationNumber, entry.ReferencePriceVnd / CustomsHub.UsdRate, "USD");
        var jpy = Single(entry.Gtin, entry.RegistrationNumber, 1000m, "JPY");

        var converted = Ok(await hub.SendAsync(usd));
        var notComparable = Ok(await hub.SendAsync(jpy));

        converted.Lines[0].Verdict.ShouldBe("GREEN");
        converted.Lines[0].PriceDeviation.ShouldBe(0m);
        notComparable.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.PriceNotComparable]);
    }

    private static CustomsReply Ok(CustomsSendResult sent)
    {
        sent.Status.ShouldBe(200, $"{sent.Reply.FaultDetailCode}: {sent.Reply.FaultReason}");
        sent.Reply.IsFault.ShouldBeFalse();
        sent.Reply.SchemaErrors.ShouldBeEmpty();
        return sent.Reply;
    }

    private CustomsDeclaration Single(string gtin, string registrationNumber, decimal? unitPrice = null, string currency = "VND")
    {
        var sequence = hub.NextSequence();
        var template = hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 1);
        var line = template.Lines[0] with
        {
            Udis = [$"(01){gtin}(17)281231(10){CustomsDeclarationGenerator.Lot(sequence, 1)}"],
            RegistrationNumber = registrationNumber,
            UnitPrice = unitPrice ?? template.Lines[0].UnitPrice,
            UnitPriceCurrency = currency,
        };
        return template with { Lines = [line] };
    }

    private async Task<string> SeedAsync(string json)
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/fhir/Device") { Content = new StringContent(json, Encoding.UTF8, "application/fhir+json") };
        create.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + CustomsHub.RegistryKey);
        using var created = await hub.Client.SendAsync(create);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return created.Headers.Location!.ToString().Split("/Device/")[1].Split('/')[0];
    }
}
