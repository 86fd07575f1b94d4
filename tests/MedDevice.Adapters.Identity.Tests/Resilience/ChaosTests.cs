using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Identity.Tests.Infrastructure;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Data.People;

namespace MedDevice.Adapters.Identity.Tests.Resilience;

/// <summary>
/// Chaos: the sandbox fails 30 % of calls (and batch items) with UNAVAILABLE after 200 ms of latency. Every
/// verification still completes with the right answer; none is lost or turned into a guess.
/// </summary>
public sealed class ChaosTests : IAsyncLifetime
{
    private const int Count = 60;
    private SandboxServer _sandbox = null!;
    private IdentityAdapter _adapter = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(o =>
        {
            o.Identity.FailureRate = 0.3;
            o.Identity.LatencyMs = 200;
            o.Identity.Seed = 2024;
        });
        _adapter = TestAdapters.Create(TestAdapters.Options(_sandbox.Address, o =>
        {
            o.CacheTtl = TimeSpan.Zero;
            o.Retry.MaxAttempts = 12;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
            o.Budget = TimeSpan.FromSeconds(30);
        }));
    }

    public async Task DisposeAsync()
    {
        _adapter.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task VerifyUnary_ThirtyPercentFailures_EveryVerificationCompletesCorrectly()
    {
        var organizations = SyntheticOrganizations.Take(Count).ToList();

        var results = await Task.WhenAll(organizations.Select(o => _adapter.VerifyOrganizationAsync(new OrganizationQuery(o.TaxCode), TestAdapters.Context)));

        results.Count(r => r.Ok).ShouldBe(Count);
        results.Select(r => r.Value!.RegisteredName).ShouldBe(organizations.Select(o => o.Name));
        _sandbox.Statistics.InjectedFailures.ShouldBeGreaterThan(0);
        _sandbox.Statistics.Calls.ShouldBe(Count + _sandbox.Statistics.InjectedFailures);
    }

    [Fact]
    public async Task VerifyBatch_ThirtyPercentItemFailures_EveryItemCompletesCorrectly()
    {
        var people = SyntheticPeople.Take(Count).ToList();
        var queries = people.Select(p => (IdentityQuery)new CitizenQuery(p.PersonalId, p.FullName, p.BirthDate)).ToList();

        var results = await _adapter.VerifyBatchAsync(queries, TestAdapters.Context);

        results.Count.ShouldBe(Count);
        results.ShouldAllBe(r => r.Ok && ((CitizenVerification)r.Value!).Verdict == CitizenVerdict.Match);
        _sandbox.Statistics.InjectedFailures.ShouldBeGreaterThan(0);
        _sandbox.Statistics.Calls.ShouldBe(Count + _sandbox.Statistics.InjectedFailures);
    }
}
