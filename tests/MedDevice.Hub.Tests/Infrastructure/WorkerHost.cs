using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Delivery;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Storage.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Tests.Infrastructure;

/// <summary>
/// The real host on the fake clock with its processing and delivery workers stopped (<see cref="HubFactory.ManualWorkers"/>):
/// a test accepts messages over HTTP and runs each worker's batch itself.
/// </summary>
internal sealed class WorkerHost : IAsyncDisposable
{
    public const string PartnerKey = "k";
    public const int JitterSeed = 42;
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan RetryMaxDelay = TimeSpan.FromMinutes(5);

    private WorkerHost(FakeTimeProvider clock, LoopbackSink sink, HubFactory factory)
    {
        Clock = clock;
        Sink = sink;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public FakeTimeProvider Clock { get; }

    public LoopbackSink Sink { get; }

    public HubFactory Factory { get; }

    public HttpClient Client { get; }

    public ProcessingWorker Processing => Factory.Services.GetRequiredService<ProcessingWorker>();

    public DeliveryWorker Delivery => Factory.Services.GetRequiredService<DeliveryWorker>();

    /// <summary>A ready host whose subscribers (all topics, each with <paramref name="maxAttempts"/>) post to one loopback sink.</summary>
    public static async Task<WorkerHost> StartAsync(int maxAttempts = 5, params string[] subscribers)
    {
        var sink = await LoopbackSink.StartAsync();
        var clock = new FakeTimeProvider(Start);
        var factory = new HubFactory { Time = clock, ManualWorkers = true }
            .With("Hub:Partners:0:Id", "moh").With("Hub:Partners:0:ApiKey", PartnerKey).With("Hub:Partners:0:Feeds:0", "registry.device")
            .With("Hub:Delivery:Retry:BaseDelay", RetryBaseDelay.ToString("c", CultureInfo.InvariantCulture))
            .With("Hub:Delivery:Retry:MaxDelay", RetryMaxDelay.ToString("c", CultureInfo.InvariantCulture))
            .With("Hub:Delivery:JitterSeed", JitterSeed.ToString(CultureInfo.InvariantCulture));
        var ids = subscribers.Length > 0 ? subscribers : ["s"];
        for (var i = 0; i < ids.Length; i++)
        {
            var prefix = $"Hub:Subscribers:{i.ToString(CultureInfo.InvariantCulture)}:";
            factory.With(prefix + "Id", ids[i]).With(prefix + "Endpoint", sink.Endpoint).With(prefix + "Topics:0", "*")
                .With(prefix + "MaxAttempts", maxAttempts.ToString(CultureInfo.InvariantCulture));
        }

        var host = new WorkerHost(clock, sink, factory);
        await HubFactory.WaitReadyAsync(host.Client);
        return host;
    }

    /// <summary>Accepts a registry device message; returns its hub message id.</summary>
    public async Task<string> PostAsync(string partnerMessageId, string udi = "08717648200274")
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbound/registry.device")
        {
            Content = new StringContent(DeviceJson.WithUdi(udi), Encoding.UTF8, "application/fhir+json"),
        };
        post.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + PartnerKey);
        post.Headers.TryAddWithoutValidation("Idempotency-Key", partnerMessageId);
        using var accepted = await Client.SendAsync(post);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hubMessageId").GetString()!;
    }

    /// <summary>Accepts a message and runs one processing batch, so its deliveries exist; returns its hub message id.</summary>
    public async Task<string> PostProcessedAsync(string partnerMessageId)
    {
        var hubMessageId = await PostAsync(partnerMessageId);
        (await Processing.RunOnceAsync()).ShouldBe(1);
        return hubMessageId;
    }

    /// <summary>The message as the store has it now.</summary>
    public async Task<MessageStatus> StatusAsync(string hubMessageId) =>
        (await Factory.Services.GetRequiredService<MessageStore>().GetStatusAsync(hubMessageId, CancellationToken.None)).ShouldNotBeNull();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
