using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hl7.Fhir.Model;
using MedDevice.Hub.Fhir;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using MedDevice.Hub.Tests.Fhir.Search;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Concurrency;

/// <summary>
/// Two hub processes (two hosts, each with its own in-process locks) on one PostgreSQL database: concurrent conditional
/// creates of devices the store has no business key for (lots known by registration number, without a UDI), spread over
/// both hosts, still make one device each.
/// </summary>
public sealed class TwoHostConditionalCreateTests : IAsyncLifetime
{
    private const int Devices = 12;
    private const int RacersPerDevice = 8;
    private readonly FhirHost _first = new(FhirStorage.PostgreSql);
    private FhirHost _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new FhirHost(FhirStorage.Sqlite, factory => factory
            .With("Hub:Storage:Provider", "PostgreSql")
            .With("Hub:Storage:ConnectionString", _first.DatabaseConnectionString!));
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task ConditionalCreate_ConcurrentOverTwoProcesses_MakeOneDeviceEach()
    {
        HttpClient[] clients = [_first.Http(), _second.Http()];
        foreach (var client in clients)
        {
            // Warm both hosts (connections, search path) so that their first creates really overlap.
            (await client.GetAsync($"fhir/Device?identifier={Uri.EscapeDataString(SearchCorpus.Catalogue + "|warm-up")}")).EnsureSuccessStatusCode();
        }

        var codes = Enumerable.Range(0, Devices).Select(i => $"TWO-{Guid.NewGuid():N}"[..14] + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = codes.SelectMany((code, d) => Enumerable.Range(0, RacersPerDevice).Select(async racer =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "fhir/Device") { Content = new ByteArrayContent(FhirJson.Serialize(Keyless(code))) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/fhir+json");
            request.Headers.TryAddWithoutValidation("If-None-Exist", "identifier=" + Uri.EscapeDataString($"{SearchCorpus.Catalogue}|{code}"));
            await start.Task;
            using var response = await clients[(racer + d) % 2].SendAsync(request);
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            return (Code: code, response.StatusCode, Id: json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null);
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(racers);

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.OK);
        foreach (var code in codes)
        {
            answers.Where(a => a.Code == code).Select(a => a.Id).Distinct().Count().ShouldBe(1, code);
            var found = await _second.Client().SearchAsync<Device>(new Hl7.Fhir.Rest.SearchParams().Add("identifier", $"{SearchCorpus.Catalogue}|{code}"));
            found!.Entry.Count.ShouldBe(1, code);
        }
    }

    private static Device Keyless(string code)
    {
        var device = RegistryDevices.Entry("Stent hai nút", di: null, "2100688ĐKLH/BYT-TB-CT", "D");
        device.LotNumber = "LOT-" + code;
        device.Extension.Add(new Extension(MedDevice.Mappings.Common.HubFhirUrls.RegistryEntryExtension, new ResourceReference("Device/some-entry")));
        device.Identifier.Add(new Identifier(SearchCorpus.Catalogue, code));
        return device;
    }
}
