using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Fhir;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using MedDevice.Hub.Tests.Fhir.Search;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Concurrency;

/// <summary>
/// 50 concurrent creates of one device through HTTP make exactly one resource (one version, one Provenance): the
/// race HAPI FHIR (#3141) and the Microsoft FHIR Server (#1382) lose. Conditional creates all answer with that
/// device (one 201, the rest 200), also for a device without any business key; plain creates answer one 201 and 409
/// for the rest; 50 updates with the same If-Match make one new version and 49 answers 412.
/// </summary>
public abstract class WriteRaceTests(FhirHost host)
{
    private const int Racers = 50;

    [Fact]
    public async Task ConditionalCreate_50ConcurrentOnRegistrationNumber_MakeOneDevice()
    {
        var device = RegistryDevices.UniqueEntry("Máy thở đua");
        var condition = "registration-number=" + Uri.EscapeDataString(RegistryDevices.RegistrationNumberOf(device));

        var answers = await RaceAsync(device, condition);

        await ShouldBeOneDeviceAsync(answers, new SearchParams().Add("registration-number", RegistryDevices.RegistrationNumberOf(device)));
    }

    [Fact]
    public async Task ConditionalCreate_50ConcurrentOnIdentifier_MakeOneDevice()
    {
        var device = RegistryDevices.UniqueEntry("Bơm tiêm đua");
        var code = "RACE-" + Guid.NewGuid().ToString("N")[..10];
        device.Identifier.Add(new Identifier(SearchCorpus.Catalogue, code));
        var condition = "identifier=" + Uri.EscapeDataString($"{SearchCorpus.Catalogue}|{code}");

        var answers = await RaceAsync(device, condition);

        await ShouldBeOneDeviceAsync(answers, new SearchParams().Add("identifier", $"{SearchCorpus.Catalogue}|{code}"));
    }

    [Fact]
    public async Task ConditionalCreate_50ConcurrentWithDifferentConditions_MakeOneDeviceByBusinessKey()
    {
        // Different conditions do not wait for each other: the store's unique business keys decide the race.
        var device = RegistryDevices.UniqueEntry("Máy thở nhiều điều kiện");
        var di = device.UdiCarrier[0].DeviceIdentifier;
        var registration = RegistryDevices.RegistrationNumberOf(device);
        string[] conditions =
        [
            "registration-number=" + Uri.EscapeDataString(registration),
            "udi-di=" + di,
            "identifier=" + Uri.EscapeDataString("https://fhir.meddevice.gov.vn/NamingSystem/registration-number|" + registration),
            "udi-di:exact=" + di,
            "registration-number=" + Uri.EscapeDataString(registration) + "&status=active",
        ];

        var answers = await RaceAsync(device, racer => conditions[racer % conditions.Length]);

        await ShouldBeOneDeviceAsync(answers, new SearchParams().Add("udi-di", di!));
    }

    [Fact]
    public async Task ConditionalCreate_50ConcurrentInstanceOnSerial_MakeOneDevice()
    {
        var device = RegistryDevices.Entry("Stent đua (đơn vị)", RegistryDevices.UniqueDi(), registrationNumber: null, "D");
        device.LotNumber = "L-RACE";
        device.SerialNumber = "SN-" + Guid.NewGuid().ToString("N")[..10];
        var condition = "serial-number:exact=" + Uri.EscapeDataString(device.SerialNumber);

        var answers = await RaceAsync(device, condition);

        await ShouldBeOneDeviceAsync(answers, new SearchParams().Add("serial-number:exact", device.SerialNumber));
    }

    [Fact]
    public async Task ConditionalCreate_50ConcurrentDeviceWithoutBusinessKey_MakeOneDevice()
    {
        // An instance (a lot linked to its entry) known by registration number but without a UDI has no UDI-DI,
        // registration or instance key the store could de-duplicate on (the number belongs to the entry): only
        // serialising the conditional creates keeps it single.
        var device = RegistryDevices.Entry("Stent liên kết", di: null, RegistryDevices.UniqueRegistrationNumber(), "D");
        device.LotNumber = "LOT-RACE-1";
        device.Extension.Add(new Extension(MedDevice.Mappings.Common.HubFhirUrls.RegistryEntryExtension, new ResourceReference("Device/some-entry")));
        var code = "RACE-" + Guid.NewGuid().ToString("N")[..10];
        device.Identifier.Add(new Identifier(SearchCorpus.Catalogue, code));
        var condition = "identifier=" + Uri.EscapeDataString($"{SearchCorpus.Catalogue}|{code}");

        var answers = await RaceAsync(device, condition);

        await ShouldBeOneDeviceAsync(answers, new SearchParams().Add("identifier", $"{SearchCorpus.Catalogue}|{code}"));
    }

    [Fact]
    public async Task Create_50ConcurrentPlainCreatesOfOneKey_OneCreatedTheRest409()
    {
        var device = RegistryDevices.UniqueEntry("Máy siêu âm đua");

        var answers = await RaceAsync(device, condition: null);

        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(1);
        answers.Where(a => a.Status != HttpStatusCode.Created).ShouldAllBe(a => a.Status == HttpStatusCode.Conflict && a.ResourceType == "OperationOutcome");
        var found = await host.Client().SearchAsync<Device>(new SearchParams().Add("registration-number", RegistryDevices.RegistrationNumberOf(device)));
        found!.Entry.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Update_50ConcurrentWithTheSameIfMatch_OneWinsTheRest412()
    {
        var client = host.Client();
        var created = await client.CreateAsync(RegistryDevices.UniqueEntry("Máy thở cập nhật đua"));
        var http = host.Http();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, Racers).Select(async racer =>
        {
            var device = (Device)created!.DeepCopy();
            device.ModelNumber = "M-" + racer;
            using var request = new HttpRequestMessage(HttpMethod.Put, $"fhir/Device/{created!.Id}") { Content = new ByteArrayContent(FhirJson.Serialize(device)) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/fhir+json");
            request.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");
            await start.Task;
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }).ToList();
        start.SetResult();

        var statuses = await Task.WhenAll(racers);

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1);
        statuses.Count(s => s == HttpStatusCode.PreconditionFailed).ShouldBe(Racers - 1);
        (await client.HistoryAsync($"Device/{created!.Id}"))!.Entry.Count.ShouldBe(2);
    }

    private Task<List<Answer>> RaceAsync(Device device, string? condition) => RaceAsync(device, _ => condition);

    private async Task<List<Answer>> RaceAsync(Device device, Func<int, string?> conditionOf)
    {
        var body = FhirJson.Serialize(device);
        var client = host.Http();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, Racers).Select(async racer =>
        {
            var condition = conditionOf(racer);
            using var request = new HttpRequestMessage(HttpMethod.Post, "fhir/Device") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/fhir+json");
            if (condition is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Exist", condition);
            }

            await start.Task;
            using var response = await client.SendAsync(request);
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            return new Answer(response.StatusCode, json.RootElement.GetProperty("resourceType").GetString(),
                json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null);
        }).ToList();
        start.SetResult();
        return [.. await Task.WhenAll(racers)];
    }

    private async Task ShouldBeOneDeviceAsync(List<Answer> answers, SearchParams search)
    {
        answers.Where(a => a.Status is not (HttpStatusCode.Created or HttpStatusCode.OK)).ShouldBeEmpty();
        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(1);
        answers.ShouldAllBe(a => a.ResourceType == "Device");
        var id = answers.Single(a => a.Status == HttpStatusCode.Created).Id;
        answers.Select(a => a.Id).Distinct().ShouldBe([id]);

        var client = host.Client();
        (await client.SearchAsync<Device>(search))!.Entry.Select(e => e.Resource!.Id).ShouldBe([id]);
        (await client.HistoryAsync($"Device/{id}"))!.Entry.Count.ShouldBe(1);
        (await client.SearchAsync<Provenance>(new SearchParams().Add("target", $"Device/{id}")))!.Entry.Count.ShouldBe(1);
    }

    private sealed record Answer(HttpStatusCode Status, string? ResourceType, string? Id);
}
