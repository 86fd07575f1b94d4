using System.Net;
using MedDevice.Hub.Delivery;
using MedDevice.Hub.Processing;
using MedDevice.Testing.Polling;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MedDevice.Hub.Tests.Infrastructure;

/// <summary>The real host on a throwaway SQLite file, with extra settings per test.</summary>
public sealed class HubFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-host-").FullName;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    /// <summary>A clock replacing the system clock in the host (retry timing without sleeping).</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>
    /// When set, the processing and delivery workers do not run in the background: the test resolves them
    /// (<see cref="ProcessingWorker"/>, <see cref="DeliveryWorker"/>) and calls <c>RunOnceAsync</c> itself, so what has
    /// or has not happened is decided by the calls it made, not by how long it waited.
    /// </summary>
    public bool ManualWorkers { get; init; }

    /// <summary>Replaces or adds host services (e.g. a test double of an external register).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public HubFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>
    /// Waits (bounded, 30 s) until <c>/health/ready</c> answers 200: migrations run in the background at start,
    /// and a loaded CI machine can take seconds. Throws when the hub never becomes ready.
    /// </summary>
    public static Task WaitReadyAsync(HttpClient client) =>
        Eventually.UntilAsync(() => ReadyStatusAsync(client), status => status == HttpStatusCode.OK, "/health/ready to answer 200");

    /// <summary>What <c>/health/ready</c> answers now.</summary>
    public static async Task<HttpStatusCode> ReadyStatusAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return response.StatusCode;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:Storage:Provider", "Sqlite");
        builder.UseSetting("Hub:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "hub.db")}");
        // The in-process sandbox listens on a fixed port; tests that want it enable it on a free one.
        builder.UseSetting("Hub:Sandbox:Enabled", "false");
        // Tests that enable the sandbox get no customs simulator traffic unless they ask for it.
        builder.UseSetting("Hub:Sandbox:Customs:Declarations", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Time is { } time)
        {
            builder.ConfigureServices(services => services.AddSingleton(time));
        }

        if (ManualWorkers)
        {
            builder.ConfigureServices(services =>
            {
                foreach (var worker in services.Where(d => d.ServiceType == typeof(IHostedService)
                    && (d.ImplementationType == typeof(ProcessingWorker) || d.ImplementationType == typeof(DeliveryWorker))).ToList())
                {
                    services.Remove(worker);
                }

                services.AddSingleton<ProcessingWorker>();
                services.AddSingleton<DeliveryWorker>();
            });
        }

        if (TestServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
