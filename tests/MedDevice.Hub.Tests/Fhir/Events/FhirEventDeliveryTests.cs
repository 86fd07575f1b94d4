using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using MedDevice.Hub.Tests.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Events;

/// <summary>
/// A device written through the FHIR API reaches subscribers like any message: create → <c>device.registered</c>,
/// update → <c>device.changed</c>, delete → <c>device.revoked</c>, with <c>X-Hub-Topic</c> and a valid signature;
/// writes that change nothing route nothing. Two subscribers share one loopback sink: "all" (<c>device.*</c>) and
/// "changes" (<c>device.changed</c> only).
/// </summary>
public sealed class FhirEventDeliveryTests : IAsyncLifetime
{
    private const string Secret = "fhir-events-secret";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private LoopbackSink _sink = null!;
    private FhirHost _host = null!;

    public async Task InitializeAsync()
    {
        _sink = await LoopbackSink.StartAsync();
        _host = new FhirHost(FhirStorage.Sqlite, factory => factory
            .With("Hub:Subscribers:0:Id", "all").With("Hub:Subscribers:0:Endpoint", _sink.Endpoint)
            .With("Hub:Subscribers:0:Topics:0", "device.*").With("Hub:Subscribers:0:Secret", Secret)
            .With("Hub:Subscribers:1:Id", "changes").With("Hub:Subscribers:1:Endpoint", _sink.Endpoint)
            .With("Hub:Subscribers:1:Topics:0", "device.changed").With("Hub:Subscribers:1:Secret", Secret));
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task CreateUpdateDelete_ThroughFhir_AreDeliveredOnTheirTopicsInOrder()
    {
        var client = _host.Client();
        var created = await client.CreateAsync(RegistryDevices.UniqueEntry("Máy thở giao nhận"));
        var id = created!.Id!;
        await WaitForAsync("all", id, 1, "device.registered");
        created.ModelNumber = "GN-2";
        await client.UpdateAsync(created);
        await WaitForAsync("all", id, 2, "device.changed");
        await client.DeleteAsync($"Device/{id}");

        await WaitForAsync("all", id, 3, "device.revoked");
        var all = For("all", id);
        all.Select(r => r.Headers["X-Hub-Topic"]).ShouldBe(["device.registered", "device.changed", "device.revoked"]);
        all.ShouldAllBe(r => r.Headers["X-Hub-Signature"] == Signature(r.Body));
        var bodies = all.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        bodies.ShouldAllBe(b => b.GetProperty("resourceType").GetString() == "Device" && b.GetProperty("id").GetString() == id);
        bodies.Take(2).Select(b => b.GetProperty("meta").GetProperty("versionId").GetString()).ShouldBe(["1", "2"]);
        bodies[1].GetProperty("modelNumber").GetString().ShouldBe("GN-2");
        await WaitForAsync("changes", id, 1, "device.changed");
        For("changes", id).Select(r => r.Headers["X-Hub-Topic"]).ShouldBe(["device.changed"]);
    }

    [Fact]
    public async Task UnchangedUpdateAndMatchingConditionalCreate_RouteNothing()
    {
        var client = _host.Client();
        var device = RegistryDevices.UniqueEntry("Bơm tiêm không đổi");
        var created = await client.CreateAsync(device);
        var id = created!.Id!;
        await WaitForAsync("all", id, 1, "device.registered");

        await client.UpdateAsync(created);
        await client.ConditionalCreateAsync(device, new SearchParams().Add("registration-number", RegistryDevices.RegistrationNumberOf(device)));
        created.ModelNumber = "Đổi thật";
        await client.UpdateAsync(created);

        await WaitForAsync("all", id, 2, "device.changed");
        // Deliveries of one device are ordered, so nothing routed before the real change can still arrive after it.
        For("all", id).Select(r => r.Headers["X-Hub-Topic"]).ShouldBe(["device.registered", "device.changed"]);
    }

    private Task WaitForAsync(string subscriber, string id, int count, string what) =>
        _sink.UntilAsync(_ => For(subscriber, id).Count >= count, $"{what} of {id} at {subscriber} ({count} deliveries)", Wait);

    private List<SinkRequest> For(string subscriber, string id) => _sink.Requests
        .Where(r => r.Headers["Idempotency-Key"].EndsWith(":" + subscriber, StringComparison.Ordinal))
        .Where(r => JsonDocument.Parse(r.Body).RootElement.TryGetProperty("id", out var value) && value.GetString() == id)
        .ToList();

    private static string Signature(string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body)));
}
