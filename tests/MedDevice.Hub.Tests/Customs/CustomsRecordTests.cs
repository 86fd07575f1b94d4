using System.Text.Json;
using MedDevice.Hub.Core.Customs;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>The durable effects of a declaration: instance Devices, their Provenance and routed device.imported events.</summary>
public sealed class CustomsRecordTests(CustomsHub hub) : IClassFixture<CustomsHub>
{
    [Fact]
    public async Task Declare_LotOfRegisteredDevice_InstanceLinkedToItsEntryWithProvenanceAndEvent()
    {
        var sequence = hub.NextSequence();
        var declaration = hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 2);
        var entry = hub.Generator.DeviceFor(sequence, 1);

        var reply = (await hub.SendAsync(declaration)).Ok();

        var id = reply.InstanceId(1);
        var device = await hub.GetJsonAsync($"/fhir/Device/{id}");
        device.Version().ShouldBe("1");
        device.Status().ShouldBe("active");
        device.GetProperty("lotNumber").GetString().ShouldBe(CustomsDeclarationGenerator.Lot(sequence, 1));
        device.GetProperty("expirationDate").GetString().ShouldBe("2028-12-31");
        var udi = device.GetProperty("udiCarrier")[0];
        udi.GetProperty("deviceIdentifier").GetString().ShouldBe(entry.Gtin);
        udi.GetProperty("issuer").GetString().ShouldBe(CustomsRegistryFixture.Gs1Issuer);
        udi.GetProperty("carrierHRF").GetString().ShouldBe(declaration.Lines[0].Udis[0]);
        device.GetProperty("extension")[0].GetProperty("valueReference").GetProperty("reference").GetString().ShouldBe($"Device/{hub.EntryIds[entry.Index]}");
        Identifiers(device).ShouldBe([
            ("https://fhir.meddevice.gov.vn/NamingSystem/customs-declaration", declaration.Number),
            ("https://fhir.meddevice.gov.vn/NamingSystem/registration-number", entry.RegistrationNumber)]);
        device.GetProperty("owner").GetProperty("identifier").GetProperty("value").GetString().ShouldBe(declaration.ImporterTaxCode);

        var provenance = (await hub.ProvenanceAsync(id)).ShouldHaveSingleItem();
        provenance.Activity().ShouldBe("imported");
        var performer = provenance.GetProperty("agent")[0];
        performer.GetProperty("type").GetProperty("coding")[0].GetProperty("code").GetString().ShouldBe("performer");
        performer.GetProperty("who").GetProperty("identifier").GetProperty("value").GetString().ShouldBe(declaration.ImporterTaxCode);
        provenance.GetProperty("location").GetProperty("identifier").GetProperty("value").GetString().ShouldBe(declaration.CustomsOffice);
        provenance.GetProperty("entity").EnumerateArray().Select(e => e.GetProperty("what").GetProperty("identifier").GetProperty("value").GetString())
            .ShouldBe([reply.HubMessageId, declaration.Number]);

        await hub.Sink.UntilAsync(r => r.Any(s => s.Headers["X-Hub-Topic"] == "device.imported" && s.Body.Contains(id, StringComparison.Ordinal)),
            "device.imported for the instance at the sink");
    }

    [Fact]
    public async Task Declare_UdiWithoutLotOrSerial_ProvenanceOnTheRegistryEntryWhichStaysUnchanged()
    {
        var sequence = hub.NextSequence();
        var template = hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 1);
        var entry = hub.Generator.DeviceFor(sequence, 1);
        var entryId = hub.EntryIds[entry.Index];
        var before = (await hub.GetJsonAsync($"/fhir/Device/{entryId}")).Version();

        var reply = (await hub.SendAsync(template with { Lines = [template.Lines[0] with { Udis = [$"(01){entry.Gtin}"] }] })).Ok();

        reply.Lines[0].Devices.ShouldHaveSingleItem().ShouldBe(new Adapters.Customs.Reply.DeviceReference(entryId, false));
        (await hub.GetJsonAsync($"/fhir/Device/{entryId}")).Version().ShouldBe(before);
        (await hub.ProvenanceAsync(entryId)).Activities().ShouldContain("imported");
    }

    [Fact]
    public async Task Declare_SameLotUnderAnotherDeclaration_SameDeviceWithASecondImport()
    {
        var first = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1);
        var second = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1) with { Lines = first.Lines, ImporterTaxCode = first.ImporterTaxCode, ImporterName = first.ImporterName };

        var id = (await hub.SendAsync(first)).Ok().InstanceId(1);
        var again = (await hub.SendAsync(second)).Ok().InstanceId(1);

        again.ShouldBe(id);
        (await hub.ProvenanceAsync(id)).Activities().ShouldBe(["imported", "imported"]);
    }

    [Fact]
    public async Task Declare_RedUnregisteredLine_InactiveInstanceWithoutRegistryLink()
    {
        var reply = (await hub.SendAsync(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Unregistered, lines: 1))).Ok();

        var device = await hub.GetJsonAsync($"/fhir/Device/{reply.InstanceId(1)}");
        device.Status().ShouldBe("inactive");
        device.TryGetProperty("extension", out _).ShouldBeFalse();
        Identifiers(device).Select(i => i.System).ShouldBe(["https://fhir.meddevice.gov.vn/NamingSystem/customs-declaration"]);
    }

    [Fact]
    public async Task Declare_PersonalImporter_OwnerIsAPseudonymNeverTheNumber()
    {
        const string personalTaxCode = "001085012345";
        var declaration = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1) with { ImporterTaxCode = personalTaxCode, ImporterName = "Nguyễn Văn An" };

        var reply = (await hub.SendAsync(declaration)).Ok();

        var id = reply.InstanceId(1);
        var owner = (await hub.GetJsonAsync($"/fhir/Device/{id}")).GetProperty("owner");
        owner.GetProperty("identifier").GetProperty("system").GetString().ShouldBe("https://fhir.meddevice.gov.vn/NamingSystem/person-pseudonym");
        owner.GetProperty("identifier").GetProperty("value").GetString().ShouldStartWith("psn:");
        owner.GetProperty("display").GetString().ShouldBe("001*******45");
        var everything = (await hub.GetJsonAsync($"/fhir/Device/{id}")).GetRawText() + string.Concat((await hub.ProvenanceAsync(id)).Select(p => p.GetRawText()));
        everything.ShouldNotContain(personalTaxCode);
        everything.ShouldNotContain("Nguyễn Văn An");
    }

    private static List<(string System, string Value)> Identifiers(JsonElement device) =>
        device.GetProperty("identifier").EnumerateArray().Select(i => (i.GetProperty("system").GetString()!, i.GetProperty("value").GetString()!)).ToList();
}
