using MedDevice.Hub.Core.Recoverability;

namespace MedDevice.Hub.Core.Tests.Recoverability;

public sealed class RecoverabilityPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly RecoverabilityPolicy _policy = new(new RecoverabilityOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(60) });

    [Fact]
    public void Decide_Permanent_DeadLettersAtOnce()
    {
        _policy.Decide(1, DeliveryErrorKind.Permanent, 10, Now, 0.5).ShouldBeOfType<RecoverabilityAction.DeadLetter>();
    }

    [Fact]
    public void Decide_BudgetExhausted_DeadLetters()
    {
        _policy.Decide(10, DeliveryErrorKind.Transient, 10, Now, 0.5).ShouldBeOfType<RecoverabilityAction.DeadLetter>();
        _policy.Decide(9, DeliveryErrorKind.Transient, 10, Now, 0.5).ShouldBeOfType<RecoverabilityAction.RetryAt>();
    }

    [Theory]
    [InlineData(1, 0.999, 1_000)]
    [InlineData(2, 0.999, 2_000)]
    [InlineData(4, 0.5, 4_000)]
    [InlineData(10, 0.999, 60_000)]
    [InlineData(30, 0.25, 15_000)]
    public void Decide_Transient_RetriesWithinExponentialCeiling(int attempts, double draw, int maxExpectedMs)
    {
        var retry = _policy.Decide(attempts, DeliveryErrorKind.Transient, 100, Now, draw).ShouldBeOfType<RecoverabilityAction.RetryAt>();

        var delay = retry.At - Now;
        delay.ShouldBeGreaterThan(TimeSpan.Zero);
        delay.ShouldBeLessThanOrEqualTo(TimeSpan.FromMilliseconds(maxExpectedMs));
        delay.TotalMilliseconds.ShouldBeGreaterThanOrEqualTo(maxExpectedMs * draw * 0.99);
    }

    [Fact]
    public void FullJitter_ZeroDraw_IsNeverImmediate()
    {
        BackoffCalculator.FullJitter(1, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), 0).ShouldBe(TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void FullJitter_HugeAttempt_StaysCapped()
    {
        BackoffCalculator.FullJitter(int.MaxValue, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), 0.999_999).ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(204, true)]
    [InlineData(299, true)]
    [InlineData(400, false)]
    [InlineData(503, false)]
    public void IsSuccess_StatusCodes(int status, bool expected) => HttpFailureClassifier.IsSuccess(status).ShouldBe(expected);

    [Theory]
    [InlineData(408, DeliveryErrorKind.Transient)]
    [InlineData(429, DeliveryErrorKind.Transient)]
    [InlineData(500, DeliveryErrorKind.Transient)]
    [InlineData(503, DeliveryErrorKind.Transient)]
    [InlineData(400, DeliveryErrorKind.Permanent)]
    [InlineData(404, DeliveryErrorKind.Permanent)]
    [InlineData(410, DeliveryErrorKind.Permanent)]
    public void Classify_StatusCodes(int status, DeliveryErrorKind expected) => HttpFailureClassifier.Classify(status).ShouldBe(expected);
}
