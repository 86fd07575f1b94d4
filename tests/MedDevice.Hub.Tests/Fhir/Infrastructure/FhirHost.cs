using System.Collections.Concurrent;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Testing.PostgreSql;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>
/// The real hub on Kestrel (127.0.0.1, a free port) over SQLite or a fresh PostgreSQL database, with the
/// <see cref="FhirPartners"/>; hands out raw HTTP clients and Firely <see cref="FhirClient"/>s with an API key.
/// Used as an xunit class fixture (one host per test class) or directly.
/// </summary>
public class FhirHost : IAsyncLifetime
{
    private readonly FhirStorage _storage;
    private readonly Action<HubFactory>? _configure;
    private readonly ConcurrentBag<IDisposable> _owned = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _seeds = new(StringComparer.Ordinal);
    private PostgreSqlTestDatabase? _database;

    public FhirHost(FhirStorage storage, Action<HubFactory>? configure = null)
    {
        _storage = storage;
        _configure = configure;
    }

    public HubFactory Factory { get; private set; } = null!;

    /// <summary>The server root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>The FHIR base, e.g. <c>http://127.0.0.1:41234/fhir/</c>.</summary>
    public Uri FhirBase => new(Root, "fhir/");

    public FhirStorage Storage => _storage;

    /// <summary>The PostgreSQL database this host created (null on SQLite): a second host can share it.</summary>
    public string? DatabaseConnectionString => _database?.ConnectionString;

    public virtual async Task InitializeAsync()
    {
        Factory = FhirPartners.Configure(new HubFactory()).With("urls", "http://127.0.0.1:0");
        if (_storage == FhirStorage.PostgreSql)
        {
            _database = await PostgreSqlTestDatabase.CreateAsync("hubfhir_");
            Factory.With("Hub:Storage:Provider", "PostgreSql").With("Hub:Storage:ConnectionString", _database.ConnectionString);
        }

        _configure?.Invoke(Factory);
        Factory.UseKestrel();
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Root = new Uri(address.TrimEnd('/') + "/");
        using var probe = new HttpClient { BaseAddress = Root, Timeout = TimeSpan.FromSeconds(10) };
        await HubFactory.WaitReadyAsync(probe);
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        await Factory.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>A raw HTTP client on the server root, sending <c>Authorization: ApiKey {apiKey}</c> (none when null).</summary>
    public HttpClient Http(string? apiKey = FhirPartners.RegistryKey)
    {
        var client = new HttpClient { BaseAddress = Root, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        }

        _owned.Add(client);
        return client;
    }

    /// <summary>A Firely client on the FHIR base, authenticated by <paramref name="apiKey"/>, JSON, strict parameter handling.</summary>
    public FhirClient Client(string? apiKey = FhirPartners.RegistryKey, SearchParameterHandling handling = SearchParameterHandling.Strict,
        ResourceFormat format = ResourceFormat.Json)
    {
        var settings = new FhirClientSettings
        {
            PreferredFormat = format,
            VerifyFhirVersion = false,
            ReturnPreference = ReturnPreference.Representation,
            PreferredParameterHandling = handling,
            Timeout = 30_000,
        };
        var client = new FhirClient(FhirBase, Http(apiKey), settings);
        _owned.Add(client);
        return client;
    }

    /// <summary>Runs <paramref name="seed"/> once per host and returns its (cached) result to every caller.</summary>
    public async Task<T> OnceAsync<T>(string name, Func<FhirHost, Task<T>> seed)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(seed);
        var lazy = _seeds.GetOrAdd(name, _ => new Lazy<Task<object>>(async () => await seed(this)));
        return (T)await lazy.Value;
    }
}
