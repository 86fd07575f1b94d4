using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Tests.Delivery;

/// <summary>
/// The per-subscriber circuit breaker on the fake clock: closed until the failure threshold, open (attempts not made)
/// for the break duration, then one probe that closes it on success and re-opens it on failure.
/// </summary>
public sealed class SubscriberCircuitsTests
{
    private const string Subscriber = "s";
    private static readonly TimeSpan Break = TimeSpan.FromSeconds(30);
    private static readonly SendResult Unavailable = new(false, DeliveryErrorKind.Transient, "HTTP 503");
    private static readonly SendResult Refused = new(false, DeliveryErrorKind.Permanent, "HTTP 400");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private readonly SubscriberCircuits _circuits;
    private int _sends;

    public SubscriberCircuitsTests() =>
        _circuits = new SubscriberCircuits(
            new DeliveryOptions { FailureRatio = 0.5, MinimumThroughput = 2, SamplingDuration = TimeSpan.FromMinutes(1), BreakDuration = Break },
            _clock);

    [Fact]
    public async Task ExecuteAsync_BelowFailureThreshold_StaysClosed()
    {
        await SendAsync(SendResult.Success);
        await SendAsync(SendResult.Success);
        (await SendAsync(Unavailable)).ShouldBe(Unavailable); // one failure in three: below the ratio

        (await SendAsync(SendResult.Success)).ShouldBe(SendResult.Success);
        _sends.ShouldBe(4);
    }

    [Fact]
    public async Task ExecuteAsync_FailureThresholdReached_OpensAndMakesNoAttempt()
    {
        await OpenAsync();

        (await SendAsync(SendResult.Success)).ShouldBeNull();
        _sends.ShouldBe(2, "an open circuit must not call the subscriber");
    }

    [Fact]
    public async Task ExecuteAsync_OpenUntilJustBeforeTheBreakEnds_StillRejects()
    {
        await OpenAsync();

        _clock.Advance(Break - TimeSpan.FromMilliseconds(1));

        (await SendAsync(SendResult.Success)).ShouldBeNull();
        _sends.ShouldBe(2);
    }

    [Fact]
    public async Task ExecuteAsync_BreakOver_LetsOneProbeThrough()
    {
        await OpenAsync();

        _clock.Advance(Break);

        (await SendAsync(SendResult.Success)).ShouldBe(SendResult.Success);
        _sends.ShouldBe(3);
    }

    [Fact]
    public async Task ExecuteAsync_ProbeSucceeds_Closes()
    {
        await OpenAsync();
        _clock.Advance(Break);
        await SendAsync(SendResult.Success);

        (await SendAsync(SendResult.Success)).ShouldBe(SendResult.Success);
        (await SendAsync(SendResult.Success)).ShouldBe(SendResult.Success);
        _sends.ShouldBe(5);
    }

    [Fact]
    public async Task ExecuteAsync_ProbeFails_ReopensForAnotherBreak()
    {
        await OpenAsync();
        _clock.Advance(Break);

        (await SendAsync(Unavailable)).ShouldBe(Unavailable);

        (await SendAsync(SendResult.Success)).ShouldBeNull();
        _clock.Advance(Break - TimeSpan.FromMilliseconds(1));
        (await SendAsync(SendResult.Success)).ShouldBeNull();
        _sends.ShouldBe(3);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await SendAsync(SendResult.Success)).ShouldBe(SendResult.Success);
        _sends.ShouldBe(4);
    }

    [Fact]
    public async Task ExecuteAsync_PermanentFailures_DoNotOpen()
    {
        for (var i = 0; i < 5; i++)
        {
            (await SendAsync(Refused)).ShouldBe(Refused);
        }

        (await SendAsync(SendResult.Success)).ShouldBe(SendResult.Success, "a 4xx is about one message, not the subscriber's health");
        _sends.ShouldBe(6);
    }

    [Fact]
    public async Task ExecuteAsync_OneSubscriberOpen_OthersStillSend()
    {
        await OpenAsync();

        (await _circuits.ExecuteAsync("other", _ => Task.FromResult(SendResult.Success), CancellationToken.None)).ShouldBe(SendResult.Success);
        (await SendAsync(SendResult.Success)).ShouldBeNull();
    }

    private async Task OpenAsync()
    {
        (await SendAsync(Unavailable)).ShouldBe(Unavailable);
        (await SendAsync(Unavailable)).ShouldBe(Unavailable);
    }

    private Task<SendResult?> SendAsync(SendResult answer) =>
        _circuits.ExecuteAsync(Subscriber, _ =>
        {
            _sends++;
            return Task.FromResult(answer);
        }, CancellationToken.None);
}
