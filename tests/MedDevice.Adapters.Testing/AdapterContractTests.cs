using MedDevice.Adapters.Description;
using MedDevice.Adapters.Health;
using MedDevice.Adapters.Registration;
using MedDevice.Adapters.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace MedDevice.Adapters.Testing;

/// <summary>
/// The adapter contract as tests: every adapter's test project derives one class from this and fills in how to
/// start its partner simulator, its one registration line and one representative call. The tests prove that the
/// adapter is described, configured from <c>Hub:Adapters:&lt;Name&gt;</c>, registered in one line, health-checked
/// under the <c>adapter</c> tag (never <c>ready</c>), answers while the partner runs, and answers "unavailable" as
/// data, without throwing, while the partner is down or not configured.
/// </summary>
/// <typeparam name="TAdapter">The adapter type.</typeparam>
public abstract class AdapterContractTests<TAdapter>
    where TAdapter : class, IAdapter
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    /// <summary>The adapter's descriptor.</summary>
    protected abstract AdapterDescriptor Descriptor { get; }

    /// <summary>Starts the partner simulator on 127.0.0.1.</summary>
    protected abstract Task<PartnerSimulator> StartPartnerAsync();

    /// <summary>The adapter's one registration line, e.g. <c>services.AddIdentityAdapter(configuration)</c>.</summary>
    protected abstract void Register(IServiceCollection services, IConfiguration configuration);

    /// <summary>One representative call; null when it got an answer, else the failure.</summary>
    protected abstract Task<AdapterFailure?> CallOnceAsync(TAdapter adapter, CancellationToken cancellationToken);

    /// <summary>Services the host provides that the adapter needs (a clock, a pseudonymizer, …).</summary>
    protected virtual void AddHostServices(IServiceCollection services)
    {
    }

    /// <summary>Settings inside the adapter's section besides <c>Endpoint</c> (keys relative to the section).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    [Fact]
    public void Descriptor_IsWellFormed()
    {
        Descriptor.Problems().ShouldBeEmpty();
        Descriptor.SectionName.ShouldBe("Hub:Adapters:" + Descriptor.Name);
    }

    [Fact]
    public async Task Register_FromItsSection_ResolvesAdapterWithAdapterTaggedHealthCheckNotReady()
    {
        await using var provider = Build(LoopbackPorts.Closed());

        var adapters = provider.GetServices<IAdapter>().ToList();

        adapters.ShouldHaveSingleItem().Descriptor.ShouldBe(Descriptor);
        provider.GetRequiredService<TAdapter>().ShouldBeSameAs(adapters[0]);
        var registration = provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations
            .ShouldHaveSingleItem();
        registration.Name.ShouldBe(Descriptor.HealthCheckName);
        registration.Tags.ShouldContain(AdapterHealthTags.Adapter);
        registration.Tags.ShouldNotContain("ready");
    }

    [Fact]
    public void Register_InvalidEndpoint_RefusesWithCodedError()
    {
        var error = Should.Throw<AdapterConfigurationException>(() => Build(new Dictionary<string, string?> { ["Endpoint"] = "not a url" }));

        error.Message.ShouldStartWith(AdapterConfigurationException.Code);
        error.Message.ShouldContain(Descriptor.SectionName);
    }

    [Fact]
    public async Task Partner_Running_HealthyAndAnswers()
    {
        await using var partner = await StartPartnerAsync();
        await using var provider = Build(partner.Endpoint);
        var adapter = provider.GetRequiredService<TAdapter>();

        var failure = await CallOnceAsync(adapter, CancellationToken.None).WaitAsync(Bound);
        var health = await ReportAsync(provider);

        failure.ShouldBeNull();
        health.Status.ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public async Task Partner_Down_UnhealthyAndUnavailableAsData()
    {
        await using var provider = Build(LoopbackPorts.Closed());
        var adapter = provider.GetRequiredService<TAdapter>();

        var failure = await CallOnceAsync(adapter, CancellationToken.None).WaitAsync(Bound);
        var health = await ReportAsync(provider);

        failure.ShouldNotBeNull().Kind.ShouldBe(AdapterFailureKind.Unavailable);
        health.Status.ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task NotConfigured_DegradedAndUnavailableWithoutSending()
    {
        await using var provider = Build(new Dictionary<string, string?>());
        var adapter = provider.GetRequiredService<TAdapter>();

        var failure = await CallOnceAsync(adapter, CancellationToken.None).WaitAsync(Bound);
        var health = await ReportAsync(provider);

        failure.ShouldNotBeNull().Code.ShouldBe(AdapterFailureCodes.NotConfigured);
        failure.Attempts.ShouldBe(0);
        health.Status.ShouldBe(HealthStatus.Degraded);
    }

    /// <summary>A container built the way the host builds it, with the adapter's section pointing at <paramref name="endpoint"/>.</summary>
    protected ServiceProvider Build(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return Build(new Dictionary<string, string?> { ["Endpoint"] = endpoint.ToString() });
    }

    /// <summary>A container with the given section settings (on top of <see cref="Settings"/>).</summary>
    protected ServiceProvider Build(IReadOnlyDictionary<string, string?> section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var values = Settings.Concat(section).ToDictionary(p => Descriptor.SectionName + ":" + p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        AddHostServices(services);
        Register(services, configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<HealthReport> ReportAsync(ServiceProvider provider) =>
        await provider.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(r => r.Tags.Contains(AdapterHealthTags.Adapter))
            .WaitAsync(Bound);
}
