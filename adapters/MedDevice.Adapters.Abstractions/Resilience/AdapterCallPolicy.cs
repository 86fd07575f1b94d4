using MedDevice.Adapters.Configuration;
using MedDevice.Hub.Core.Recoverability;
using Polly;
using Polly.CircuitBreaker;

namespace MedDevice.Adapters.Resilience;

/// <summary>
/// How every adapter calls its partner: within a budget (the caller's deadline or <see cref="AdapterOptions.Budget"/>),
/// each attempt with its own deadline, transient failures retried with exponential backoff and full jitter
/// (<see cref="BackoffCalculator.FullJitter"/>), a circuit breaker (Polly) that rests a failing partner, and a
/// bulkhead bounding calls in flight and waiting. The adapter says which exceptions are transient, which are
/// refusals, through its classifier; every outcome is returned as data (<see cref="AdapterResult{T}"/>), never
/// thrown, except the caller's own cancellation.
/// </summary>
public sealed class AdapterCallPolicy : IDisposable
{
    private readonly AdapterOptions _options;
    private readonly Func<Exception, AttemptFailure?> _classify;
    private readonly TimeProvider _time;
    private readonly Func<double> _random;
    private readonly CircuitBreakerStateProvider _state = new();
    private readonly ResiliencePipeline _breaker;
    private readonly SemaphoreSlim _slots;
    private int _waiting;
    private long _attempts;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The adapter's settings.</param>
    /// <param name="classify">The failure of one attempt as data (<see cref="AttemptFailure"/>), or null for an unexpected exception (propagated: a bug).</param>
    /// <param name="time">The clock (backoff, budget, circuit).</param>
    /// <param name="random">Draws in [0, 1) for the jitter; a shared generator when null.</param>
    public AdapterCallPolicy(AdapterOptions options, Func<Exception, AttemptFailure?> classify, TimeProvider time, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _classify = classify ?? throw new ArgumentNullException(nameof(classify));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _random = random ?? SharedRandom;
        _slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        _breaker = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.CircuitBreaker.FailureRatio,
                MinimumThroughput = options.CircuitBreaker.MinimumThroughput,
                SamplingDuration = options.CircuitBreaker.SamplingDuration,
                BreakDuration = options.CircuitBreaker.BreakDuration,
                StateProvider = _state,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex)),
            })
            .Build();
    }

    /// <summary>True while the circuit refuses calls.</summary>
    public bool IsCircuitOpen => _state.CircuitState is CircuitState.Open or CircuitState.Isolated;

    /// <summary>Attempts sent to the partner since start (for health and figures).</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    /// <summary>Runs one logical call.</summary>
    /// <param name="call">One attempt; it must honour the attempt's deadline and the token.</param>
    /// <param name="budget">The caller's deadline for the whole call; capped by <see cref="AdapterOptions.Budget"/>.</param>
    /// <param name="cancellationToken">The caller's cancellation (propagated as <see cref="OperationCanceledException"/>).</param>
    public async Task<AdapterResult<T>> ExecuteAsync<T>(Func<AdapterAttempt, CancellationToken, Task<T>> call, TimeSpan? budget = null, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        var allowed = budget is { } given && given < _options.Budget ? given : _options.Budget;
        if (allowed <= TimeSpan.Zero)
        {
            return Failed<T>(AdapterFailureCodes.DeadlineExceeded, "The caller's deadline had already passed.", 0);
        }

        var end = _time.GetUtcNow() + allowed;
        using var budgetSource = new CancellationTokenSource(allowed, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budgetSource.Token);
        AdapterFailure? last = null;
        var attempt = 0;
        while (attempt < _options.Retry.MaxAttempts)
        {
            attempt++;
            try
            {
                var number = attempt;
                var value = await _breaker.ExecuteAsync(async token => await RunAttemptAsync(call, number, end, token), linked.Token);
                return new AdapterResult<T>(value);
            }
            catch (BrokenCircuitException)
            {
                return Failed<T>(AdapterFailureCodes.CircuitOpen, "The circuit is open: the partner rests after repeated failures.", attempt - 1);
            }
            catch (AdapterBusyException)
            {
                return Failed<T>(AdapterFailureCodes.Busy, "Too many calls are waiting for the partner.", attempt - 1);
            }
            catch (OperationCanceledException) when (budgetSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return Failed<T>(AdapterFailureCodes.DeadlineExceeded, "The call's deadline passed before an answer.", attempt);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && _classify(ex) is { } failure)
            {
                if (!failure.Retry)
                {
                    return new AdapterResult<T>(failure.Failure with { Attempts = attempt });
                }

                last = failure.Failure;
            }

            if (attempt >= _options.Retry.MaxAttempts)
            {
                break;
            }

            // No time left for another attempt: the budget, not the partner's answers, ends the call.
            var delay = BackoffCalculator.FullJitter(attempt, _options.Retry.BaseDelay, _options.Retry.MaxDelay, _random());
            if (_time.GetUtcNow() + delay >= end)
            {
                return Failed<T>(AdapterFailureCodes.DeadlineExceeded, $"The call's deadline passed after {attempt} attempt(s): {last?.Message}", attempt);
            }

            try
            {
                await Task.Delay(delay, _time, linked.Token);
            }
            catch (OperationCanceledException) when (budgetSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return Failed<T>(AdapterFailureCodes.DeadlineExceeded, $"The call's deadline passed after {attempt} attempt(s): {last?.Message}", attempt);
            }
        }

        return Failed<T>(last?.Code ?? AdapterFailureCodes.Unavailable, $"No answer after {attempt} attempt(s): {last?.Message ?? "no attempt"}", attempt);
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private async Task<T> RunAttemptAsync<T>(Func<AdapterAttempt, CancellationToken, Task<T>> call, int number, DateTimeOffset end, CancellationToken token)
    {
        if (!_slots.Wait(0, CancellationToken.None))
        {
            if (Interlocked.Increment(ref _waiting) > _options.MaxQueue)
            {
                Interlocked.Decrement(ref _waiting);
                throw new AdapterBusyException();
            }

            try
            {
                await _slots.WaitAsync(token);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        try
        {
            Interlocked.Increment(ref _attempts);
            var timeout = _time.GetUtcNow() + _options.CallTimeout;
            return await call(new AdapterAttempt(number, timeout < end ? timeout : end), token);
        }
        finally
        {
            _slots.Release();
        }
    }

    private bool IsTransient(Exception exception) =>
        exception is not AdapterBusyException and not OperationCanceledException && _classify(exception) is { Failure.Kind: AdapterFailureKind.Unavailable };

    private static AdapterResult<T> Failed<T>(string code, string message, int attempts)
        where T : class => new(new AdapterFailure(code, AdapterFailureKind.Unavailable, message, attempts));

#pragma warning disable CA5394 // jitter needs spread, not secrecy
    private static double SharedRandom() => Random.Shared.NextDouble();
#pragma warning restore CA5394
}
