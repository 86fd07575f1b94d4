using Grpc.Core;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Identity.Tests.Infrastructure;
using MedDevice.Adapters.Resilience;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Testing.Polling;

namespace MedDevice.Adapters.Identity.Tests.Resilience;

/// <summary>Which statuses are retried (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED) and which are not, counted at the sandbox.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private const int MaxAttempts = 4;
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.ResourceExhausted)]
    public async Task Verify_TransientStatusEveryTime_RetriedUpToMaxAttemptsThenUnavailable(StatusCode status)
    {
        Fail(status);
        using var adapter = Adapter();

        var result = await VerifyAsync(adapter);

        var failure = result.Failure.ShouldNotBeNull();
        failure.Kind.ShouldBe(AdapterFailureKind.Unavailable);
        failure.Code.ShouldBe(AdapterFailureCodes.Unavailable);
        failure.Attempts.ShouldBe(MaxAttempts);
        _sandbox.Statistics.Calls.ShouldBe(MaxAttempts);
    }

    [Fact]
    public async Task Verify_SlowerThanCallTimeout_DeadlineExceededRetriedThenUnavailable()
    {
        _sandbox.Identity.LatencyMs = 1_500;
        using var adapter = Adapter(o => o.CallTimeout = TimeSpan.FromMilliseconds(200));

        var result = await VerifyAsync(adapter);

        result.Failure.ShouldNotBeNull().Attempts.ShouldBe(MaxAttempts);
        result.Failure.Kind.ShouldBe(AdapterFailureKind.Unavailable);
        result.Failure.Code.ShouldBe(AdapterFailureCodes.Unavailable);
        // On a loaded machine an attempt can time out before its request reaches the sandbox; none is answered.
        _sandbox.Statistics.Calls.ShouldBeInRange(1, MaxAttempts);
    }

    [Theory]
    [InlineData(StatusCode.Internal, AdapterFailureCodes.PartnerError, AdapterFailureKind.Unavailable)]
    [InlineData(StatusCode.PermissionDenied, AdapterFailureCodes.PartnerError, AdapterFailureKind.Unavailable)]
    [InlineData(StatusCode.InvalidArgument, AdapterFailureCodes.Rejected, AdapterFailureKind.Rejected)]
    public async Task Verify_NonTransientStatus_NotRetried(StatusCode status, string code, AdapterFailureKind kind)
    {
        Fail(status);
        using var adapter = Adapter();

        var result = await VerifyAsync(adapter);

        result.Failure.ShouldNotBeNull().Code.ShouldBe(code);
        result.Failure.Kind.ShouldBe(kind);
        result.Failure.Attempts.ShouldBe(1);
        _sandbox.Statistics.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Verify_FailsTwiceThenHealed_AnswerAfterAFewAttempts()
    {
        Fail(StatusCode.Unavailable);
        using var adapter = Adapter(o => o.Retry.MaxAttempts = 10);
        var call = VerifyAsync(adapter);
        // The first attempts fail; the policy's backoff (10–100 ms) leaves time to heal the sandbox.
        await Eventually.UntilAsync(() => _sandbox.Statistics.Calls >= 2, "a second (failed) call at the sandbox");
        _sandbox.Identity.FailureRate = 0;

        var result = await call;

        result.Ok.ShouldBeTrue();
        _sandbox.Statistics.Calls.ShouldBeInRange(3, 10);
        _sandbox.Statistics.InjectedFailures.ShouldBe(_sandbox.Statistics.Calls - 1);
    }

    [Fact]
    public async Task Verify_BudgetShorterThanRetries_AnswersWithinBudgetAsDeadline()
    {
        _sandbox.Identity.LatencyMs = 2_000;
        using var adapter = Adapter();

        var result = await adapter.VerifyOrganizationAsync(new OrganizationQuery(SyntheticOrganizations.Get(0).TaxCode), TestAdapters.Context, budget: TimeSpan.FromMilliseconds(300));

        result.Failure.ShouldNotBeNull().Code.ShouldBe(AdapterFailureCodes.DeadlineExceeded);
        result.Failure.Kind.ShouldBe(AdapterFailureKind.Unavailable);
        _sandbox.Statistics.Calls.ShouldBeLessThanOrEqualTo(1);
    }

    private void Fail(StatusCode status)
    {
        _sandbox.Identity.FailureRate = 1;
        _sandbox.Identity.FailureStatus = status;
    }

    private IdentityAdapter Adapter(Action<IdentityAdapterOptions>? configure = null) =>
        TestAdapters.Create(TestAdapters.Options(_sandbox.Address, o =>
        {
            o.Retry.MaxAttempts = MaxAttempts;
            o.CacheTtl = TimeSpan.Zero;
            configure?.Invoke(o);
        }));

    private static Task<Adapters.Resilience.AdapterResult<OrganizationVerification>> VerifyAsync(IdentityAdapter adapter) =>
        adapter.VerifyOrganizationAsync(new OrganizationQuery(SyntheticOrganizations.Get(0).TaxCode), TestAdapters.Context);
}
