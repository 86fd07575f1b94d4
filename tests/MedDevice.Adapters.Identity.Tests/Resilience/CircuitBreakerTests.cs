using MedDevice.Adapters.Health;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Identity.Tests.Infrastructure;
using MedDevice.Adapters.Resilience;
using MedDevice.Sandbox.Data.Organizations;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Adapters.Identity.Tests.Resilience;

/// <summary>The circuit opens after repeated transient failures, refuses without sending, and closes after a successful probe.</summary>
public sealed class CircuitBreakerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private SandboxServer _sandbox = null!;
    private IdentityAdapter _adapter = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _adapter = TestAdapters.Create(TestAdapters.Options(_sandbox.Address, o =>
        {
            o.Retry.MaxAttempts = 1;
            o.CacheTtl = TimeSpan.Zero;
            o.CircuitBreaker.FailureRatio = 0.5;
            o.CircuitBreaker.MinimumThroughput = 4;
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
            o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        }), _time);
    }

    public async Task DisposeAsync()
    {
        _adapter.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task Verify_RepeatedUnavailable_CircuitOpensAndRefusesWithoutSending()
    {
        _sandbox.Identity.FailureRate = 1;
        for (var i = 0; i < 4; i++)
        {
            (await VerifyAsync()).Failure.ShouldNotBeNull().Code.ShouldBe(AdapterFailureCodes.Unavailable);
        }

        var refused = await VerifyAsync();
        var health = await _adapter.CheckHealthAsync(CancellationToken.None);

        refused.Failure.ShouldNotBeNull().Code.ShouldBe(AdapterFailureCodes.CircuitOpen);
        refused.Failure.Attempts.ShouldBe(0);
        _sandbox.Statistics.Calls.ShouldBe(4);
        _adapter.IsCircuitOpen.ShouldBeTrue();
        health.Status.ShouldBe(AdapterHealthStatus.Unhealthy);
        health.Description.ShouldContain("circuit open");
    }

    [Fact]
    public async Task Verify_AfterBreakDurationServiceHealed_ProbeClosesCircuit()
    {
        _sandbox.Identity.FailureRate = 1;
        for (var i = 0; i < 5; i++)
        {
            await VerifyAsync();
        }

        _sandbox.Identity.FailureRate = 0;
        _time.Advance(TimeSpan.FromSeconds(31));

        var probe = await VerifyAsync();
        var next = await VerifyAsync();

        probe.Ok.ShouldBeTrue();
        next.Ok.ShouldBeTrue();
        _adapter.IsCircuitOpen.ShouldBeFalse();
        _sandbox.Statistics.Calls.ShouldBe(6);
    }

    [Fact]
    public async Task Verify_RejectedRequests_DoNotOpenTheCircuit()
    {
        _sandbox.Identity.FailureRate = 1;
        _sandbox.Identity.FailureStatus = global::Grpc.Core.StatusCode.InvalidArgument;
        for (var i = 0; i < 8; i++)
        {
            (await VerifyAsync()).Failure.ShouldNotBeNull().Code.ShouldBe(AdapterFailureCodes.Rejected);
        }

        _adapter.IsCircuitOpen.ShouldBeFalse();
        _sandbox.Statistics.Calls.ShouldBe(8);
    }

    private Task<AdapterResult<OrganizationVerification>> VerifyAsync() =>
        _adapter.VerifyOrganizationAsync(new OrganizationQuery(SyntheticOrganizations.Get(1).TaxCode), TestAdapters.Context);
}
