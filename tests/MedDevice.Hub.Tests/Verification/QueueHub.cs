using MedDevice.Hub.Storage.Verification;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Hub.Verification;
using MedDevice.Testing.Polling;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Verification;

/// <summary>A host with a fast verification queue, an alert subscriber and a recording listener, on a given database file.</summary>
public sealed class QueueHub : IAsyncDisposable
{
    private readonly HubFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    public QueueHub(string databasePath, Uri identity, string sinkEndpoint, RecordingListener listener, int adapterAttempts = 2)
    {
        _factory = new HubFactory()
            .With("Hub:Storage:ConnectionString", $"Data Source={databasePath}")
            .With("Hub:Adapters:Identity:Endpoint", identity.ToString())
            .With("Hub:Adapters:Identity:CallTimeout", "00:00:02")
            .With("Hub:Adapters:Identity:Retry:MaxAttempts", adapterAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Hub:Adapters:Identity:Retry:BaseDelay", "00:00:00.020")
            .With("Hub:Adapters:Identity:Retry:MaxDelay", "00:00:00.100")
            .With("Hub:Adapters:Identity:CacheTtl", "00:00:00")
            .With("Hub:Verification:PollInterval", "00:00:00.050")
            .With("Hub:Verification:RetryBaseDelay", "00:00:00.100")
            .With("Hub:Verification:RetryMaxDelay", "00:00:00.400")
            .With("Hub:Processing:PollInterval", "00:00:00.050")
            .With("Hub:Delivery:PollInterval", "00:00:00.050")
            .With("Hub:Subscribers:0:Id", "alerts").With("Hub:Subscribers:0:Endpoint", sinkEndpoint)
            .With("Hub:Subscribers:0:Topics:0", ActorUnverifiedFeedHandler.Topic).With("Hub:Subscribers:0:Secret", "s3cret")
            .With("Hub:Partners:0:Id", "all-feeds").With("Hub:Partners:0:ApiKey", "all-feeds-key").With("Hub:Partners:0:Feeds:0", "*");
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IActorVerificationListener>(listener)));
        Client = _host.CreateClient();
    }

    public HttpClient Client { get; }

    public IActorVerificationQueue Queue => _host.Services.GetRequiredService<IActorVerificationQueue>();

    public ActorVerificationStore Store => _host.Services.GetRequiredService<ActorVerificationStore>();

    public IServiceProvider Services => _host.Services;

    /// <summary>Waits (bounded) until no queued verification is open.</summary>
    public Task UntilAllDoneAsync(TimeSpan timeout) =>
        Eventually.UntilAsync(async () => await Store.CountOpenAsync(CancellationToken.None), open => open == 0, "no open verification", timeout);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
