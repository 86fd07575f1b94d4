using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Customs;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Sandbox.Data.Customs;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>
/// The real hub on a loopback Kestrel port with a customs partner (API key + registered signing certificate), an operator,
/// a registry partner, a subscriber, and a registry seeded from the customs sandbox fixture (entries, reference prices, recalls).
/// </summary>
public sealed class CustomsHub : IAsyncLifetime
{
    public const string PartnerId = "vn-customs";
    public const string ApiKey = "customs-key";
    public const string AdminKey = "ops-key";
    public const string RegistryKey = "registry-key";
    public const string OtherKey = "other-key";
    public const int RegistrySize = 24;
    public const decimal UsdRate = 25_000m;

    private long _sequence = 1_000;

    public X509Certificate2 Certificate { get; } = TestCertificates.Create("vn-customs signing", server: false);

    public X509Certificate2 Stranger { get; } = TestCertificates.Create("not registered", server: false);

    public SyntheticImporterVerifier Importers { get; } = new();

    /// <summary>When set, importers are checked by the real identity adapter against this gRPC endpoint instead of <see cref="Importers"/>.</summary>
    public Uri? IdentityEndpoint { get; init; }

    public CustomsDeclarationGenerator Generator { get; } = new(RegistrySize);

    /// <summary>More host services (e.g. a commit observer that injects faults).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    public Dictionary<int, string> EntryIds { get; } = [];

    public HubFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public LoopbackSink Sink { get; private set; } = null!;

    public CustomsSender Sender { get; private set; } = null!;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The hub's reply-signing certificate thumbprint (the ephemeral development one).</summary>
    public string HubThumbprint => Factory.Services.GetRequiredService<CustomsSigningCertificate>().Sha256Thumbprint;

    public async Task InitializeAsync()
    {
        Sink = await LoopbackSink.StartAsync();
        Factory = (IdentityEndpoint is null
                ? new HubFactory { TestServices = services => { services.AddSingleton<IImporterVerifier>(Importers); Services?.Invoke(services); } }
                : new HubFactory { TestServices = Services }.With("Hub:Adapters:Identity:Endpoint", IdentityEndpoint.ToString()).With("Hub:Adapters:Identity:Retry:MaxAttempts", "1"))
            .With("urls", "http://127.0.0.1:0")
            .With("Hub:Partners:0:Id", PartnerId).With("Hub:Partners:0:ApiKey", ApiKey).With("Hub:Partners:0:Roles:0", "customs")
            .With("Hub:Partners:0:CertificateThumbprints:0", Certificate.GetCertHashString(HashAlgorithmName.SHA256))
            .With("Hub:Partners:1:Id", "ops").With("Hub:Partners:1:ApiKey", AdminKey).With("Hub:Partners:1:Roles:0", "admin")
            .With("Hub:Partners:2:Id", "moh-registry").With("Hub:Partners:2:ApiKey", RegistryKey).With("Hub:Partners:2:Roles:0", "registry")
            .With("Hub:Partners:3:Id", "other-customs").With("Hub:Partners:3:ApiKey", OtherKey).With("Hub:Partners:3:Roles:0", "customs")
            .With("Hub:Subscribers:0:Id", "sink").With("Hub:Subscribers:0:Endpoint", Sink.Endpoint).With("Hub:Subscribers:0:Topics:0", "device.*")
            .With("Hub:Delivery:PollInterval", "00:00:00.050")
            .With("Hub:Customs:ExchangeRates:USD", UsdRate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Factory.UseKestrel();
        Factory.StartServer();
        Client = Factory.CreateClient();
        Client.Timeout = TimeSpan.FromSeconds(30);
        await HubFactory.WaitReadyAsync(Client);
        Endpoint = new Uri(Client.BaseAddress!, "/soap/customs");
        Sender = new CustomsSender(Client, Endpoint, PartnerId, Certificate, ApiKey);
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Sink.DisposeAsync();
        Certificate.Dispose();
        Stranger.Dispose();
    }

    /// <summary>A declaration sequence no other test uses.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>Sends a declaration signed with the registered certificate.</summary>
    public Task<CustomsSendResult> SendAsync(CustomsDeclaration declaration, CustomsFunction function = CustomsFunction.Declare, string? messageId = null) =>
        Sender.SendAsync(declaration, function, messageId ?? Guid.NewGuid().ToString("D"), DateTimeOffset.UtcNow);

    public async Task<JsonElement> GetJsonAsync(string path, string key = RegistryKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        using var response = await Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The Provenance records of a device, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> ProvenanceAsync(string deviceId)
    {
        var bundle = await GetJsonAsync($"/fhir/Provenance?target=Device/{deviceId}");
        return bundle.TryGetProperty("entry", out var entries) ? entries.EnumerateArray().Select(e => e.GetProperty("resource")).ToList() : [];
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string key, object body) =>
        await Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(body),
            Headers = { { "Authorization", "ApiKey " + key } },
        });

    private async Task SeedAsync()
    {
        foreach (var entry in CustomsRegistryFixture.Take(RegistrySize))
        {
            using var create = new HttpRequestMessage(HttpMethod.Post, "/fhir/Device")
            {
                Content = new StringContent(CustomsRegistryFixture.DeviceJson(entry), Encoding.UTF8, "application/fhir+json"),
            };
            create.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + RegistryKey);
            using var created = await Client.SendAsync(create);
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            EntryIds[entry.Index] = created.Headers.Location!.ToString().Split("/Device/")[1].Split('/')[0];

            using var price = await PostAsync("/api/v1/admin/prices", AdminKey, new { udiDi = entry.Gtin, unitPriceVnd = entry.ReferencePriceVnd, source = "registry" });
            price.StatusCode.ShouldBe(HttpStatusCode.OK);
            if (entry.RecalledLot is { } lot)
            {
                using var recall = await PostAsync("/api/v1/admin/recalls", AdminKey, new { udiDi = entry.Gtin, lot, reason = "Sterility breach (test)" });
                recall.StatusCode.ShouldBe(HttpStatusCode.Created);
            }
        }
    }
}
