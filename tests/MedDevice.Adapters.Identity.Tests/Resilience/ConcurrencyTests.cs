using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Identity.Tests.Infrastructure;
using MedDevice.Adapters.Resilience;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Adapters.Identity.Tests.Resilience;

/// <summary>The bulkhead: at most MaxConcurrency calls in flight; beyond MaxQueue waiting, calls are refused at once as busy.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _sandbox.Identity.LatencyMs = 100;
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Verify_TwentyAtOnceWithConcurrencyThree_AllAnsweredNeverMoreThanThreeInFlight()
    {
        using var adapter = Adapter(maxConcurrency: 3, maxQueue: 100);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => VerifyAsync(adapter, i)));

        results.ShouldAllBe(r => r.Ok);
        _sandbox.Statistics.Calls.ShouldBe(20);
        _sandbox.Statistics.MaxInFlight.ShouldBeInRange(1, 3);
    }

    [Fact]
    public async Task Verify_QueueFull_ExtraCallsRefusedAsBusyWithoutSending()
    {
        using var adapter = Adapter(maxConcurrency: 2, maxQueue: 0);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => VerifyAsync(adapter, i)));

        results.Count(r => r.Ok).ShouldBe(2);
        results.Where(r => !r.Ok).ShouldAllBe(r => r.Failure!.Code == AdapterFailureCodes.Busy && r.Failure.Attempts == 0);
        _sandbox.Statistics.Calls.ShouldBe(2);
    }

    private IdentityAdapter Adapter(int maxConcurrency, int maxQueue) =>
        TestAdapters.Create(TestAdapters.Options(_sandbox.Address, o =>
        {
            o.MaxConcurrency = maxConcurrency;
            o.MaxQueue = maxQueue;
            o.CacheTtl = TimeSpan.Zero;
        }));

    private static Task<AdapterResult<OrganizationVerification>> VerifyAsync(IdentityAdapter adapter, int index) =>
        adapter.VerifyOrganizationAsync(new OrganizationQuery(SyntheticOrganizations.Get(index).TaxCode), TestAdapters.Context);
}
