using Grpc.Core;
using Grpc.Net.Client;
using MedDevice.Adapters.Description;
using MedDevice.Adapters.Health;
using MedDevice.Adapters.Identity.Caching;
using MedDevice.Adapters.Identity.Grpc;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Resilience;
using MedDevice.Hub.Core.Privacy;
using Microsoft.Extensions.Logging;
using Proto = MedDevice.Identity.V1;

namespace MedDevice.Adapters.Identity;

/// <summary>
/// The identity adapter: a gRPC client of <c>meddevice.identity.v1</c> (schemas/identity/identity.proto) behind the
/// shared <see cref="AdapterCallPolicy"/> (per-attempt deadline, full-jitter retries of transient statuses, circuit
/// breaker, bulkhead) and an answer cache keyed by pseudonyms. Personal data is in memory for the call only.
/// </summary>
public sealed partial class IdentityAdapter : IIdentityVerifier, IAdapter, IDisposable
{
    /// <summary>What this adapter is.</summary>
    public static readonly AdapterDescriptor Description =
        new("Identity", "identity-provider", "1.0.0", "schemas/identity/identity.proto (meddevice.identity.v1)");

    private readonly IdentityAdapterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<IdentityAdapter> _logger;
    private readonly AdapterCallPolicy _policy;
    private readonly IdentityCache _cache;
    private readonly IdentityCacheKeys _keys;
    private readonly GrpcChannel? _channel;
    private readonly Proto.IdentityVerification.IdentityVerificationClient? _client;

    /// <summary>Creates the adapter (one per process: it owns the HTTP/2 connections).</summary>
    public IdentityAdapter(IdentityAdapterOptions options, Pseudonymizer pseudonymizer, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _options = options;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = loggerFactory.CreateLogger<IdentityAdapter>();
        _policy = new AdapterCallPolicy(options, IdentityStatusClassifier.Classify, time);
        _cache = new IdentityCache(options.CacheTtl, options.CacheMaxEntries, time);
        _keys = new IdentityCacheKeys(pseudonymizer);
        if (options.IsConfigured)
        {
            _channel = IdentityChannelFactory.Create(options, loggerFactory);
            _client = new Proto.IdentityVerification.IdentityVerificationClient(_channel);
        }
    }

    /// <inheritdoc />
    public AdapterDescriptor Descriptor => Description;

    /// <summary>Attempts sent to the identity service since start (cache hits send none).</summary>
    public long Attempts => _policy.Attempts;

    /// <summary>True while the circuit breaker rests the identity service.</summary>
    public bool IsCircuitOpen => _policy.IsCircuitOpen;

    /// <inheritdoc />
    public async Task<AdapterResult<CitizenVerification>> VerifyCitizenAsync(CitizenQuery query, VerificationContext context, TimeSpan? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        if (IdentityQueryValidator.Problem(query) is { } problem)
        {
            return new(problem);
        }

        var key = _keys.For(query);
        if (key is not null && _cache.Get<CitizenVerification>(key) is { } cached)
        {
            return new(cached with { FromCache = true });
        }

        if (_client is null)
        {
            return new(NotConfigured());
        }

        var result = await _policy.ExecuteAsync(async (attempt, token) =>
        {
            var response = await Cancellable(_client.VerifyCitizenAsync(IdentityMessages.Request(query, context), deadline: attempt.Deadline.UtcDateTime, cancellationToken: token), token);
            return IdentityMessages.Answer(response, _time.GetUtcNow()) ?? throw BrokenAnswer();
        }, budget, cancellationToken);
        Remember(key, result.Value);
        Log(result.Failure);
        return result;
    }

    /// <inheritdoc />
    public async Task<AdapterResult<OrganizationVerification>> VerifyOrganizationAsync(OrganizationQuery query, VerificationContext context, TimeSpan? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        if (IdentityQueryValidator.Problem(query) is { } problem)
        {
            return new(problem);
        }

        var key = _keys.For(query);
        if (key is not null && _cache.Get<OrganizationVerification>(key) is { } cached)
        {
            return new(cached with { FromCache = true });
        }

        if (_client is null)
        {
            return new(NotConfigured());
        }

        var result = await _policy.ExecuteAsync(async (attempt, token) =>
        {
            var response = await Cancellable(_client.VerifyOrganizationAsync(IdentityMessages.Request(query, context), deadline: attempt.Deadline.UtcDateTime, cancellationToken: token), token);
            return IdentityMessages.Answer(response, _time.GetUtcNow()) ?? throw BrokenAnswer();
        }, budget, cancellationToken);
        Remember(key, result.Value);
        Log(result.Failure);
        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AdapterResult<IdentityVerification>>> VerifyBatchAsync(IReadOnlyList<IdentityQuery> queries, VerificationContext context, TimeSpan? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(context);
        var batch = new IdentityBatch(queries.Count, _time);
        for (var i = 0; i < queries.Count; i++)
        {
            var key = _keys.For(queries[i]);
            if (IdentityQueryValidator.Problem(queries[i]) is { } problem)
            {
                batch.Answer(i, new(problem));
            }
            else if (key is not null && _cache.Get<IdentityVerification>(key) is { } cached)
            {
                batch.Answer(i, new(cached with { FromCache = true }));
            }
            else
            {
                batch.Expect(i, queries[i], key);
            }
        }

        if (batch.HasPending && _client is null)
        {
            batch.FailPending(NotConfigured());
        }
        else if (batch.HasPending)
        {
            var outcome = await _policy.ExecuteAsync((attempt, token) => Cancellable(StreamAsync(_client!, batch, context, attempt, token), token), budget, cancellationToken);
            if (outcome.Failure is { } failure)
            {
                Log(failure);
                batch.FailPending(failure);
            }

            foreach (var (key, value) in batch.Fresh)
            {
                Remember(key, value);
            }
        }

        return batch.Results();
    }

    /// <inheritdoc />
    public async Task<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (_channel is null)
        {
            return AdapterHealth.Degraded("not configured: set Hub:Adapters:Identity:Endpoint; every check answers pending");
        }

        if (_policy.IsCircuitOpen)
        {
            return AdapterHealth.Unhealthy("circuit open: the identity service failed repeatedly and is resting");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.CallTimeout);
        try
        {
            await _channel.ConnectAsync(timeout.Token);
            return AdapterHealth.Healthy("identity service reachable");
        }
        catch (Exception ex) when (ex is OperationCanceledException or RpcException or InvalidOperationException or HttpRequestException)
        {
            return AdapterHealth.Unhealthy("identity service unreachable");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _policy.Dispose();
        _channel?.Dispose();
    }

    private static async Task<IdentityBatch> StreamAsync(Proto.IdentityVerification.IdentityVerificationClient client, IdentityBatch batch, VerificationContext context, AdapterAttempt attempt, CancellationToken token)
    {
        using var call = client.VerifyBatch(deadline: attempt.Deadline.UtcDateTime, cancellationToken: token);
        var reading = ReadAsync(call.ResponseStream, batch, token);
        var writeFailed = false;
        try
        {
            foreach (var (correlationId, query) in batch.Pending())
            {
                await call.RequestStream.WriteAsync(IdentityMessages.BatchItem(correlationId, query, context), token);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (InvalidOperationException)
        {
            // The server ended the call while items were being written: its status (read below) says why.
            writeFailed = true;
        }

        await reading;
        if (writeFailed || batch.HasPending)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The batch stream ended with items unanswered."));
        }

        return batch;
    }

    private static async Task ReadAsync(IAsyncStreamReader<Proto.VerifyBatchResponse> responses, IdentityBatch batch, CancellationToken token)
    {
        while (await responses.MoveNext(token))
        {
            batch.Receive(responses.Current);
        }
    }

    // gRPC reports the caller's cancellation as status CANCELLED (and its own deadline as DEADLINE_EXCEEDED, a
    // transient failure): turn the former back into cancellation so the policy can tell a budget ran out.
    private static async Task<T> Cancellable<T>(Task<T> call, CancellationToken token)
    {
        try
        {
            return await call;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && token.IsCancellationRequested)
        {
            throw new OperationCanceledException("The call was cancelled.", ex, token);
        }
    }

    private static async Task<T> Cancellable<T>(AsyncUnaryCall<T> call, CancellationToken token)
    {
        using (call)
        {
            return await Cancellable(call.ResponseAsync, token);
        }
    }

    private void Remember(string? key, IdentityVerification? value)
    {
        if (key is not null && value is not null)
        {
            _cache.Set(key, value);
        }
    }

    private void Log(AdapterFailure? failure)
    {
        if (failure is { Kind: AdapterFailureKind.Unavailable })
        {
            LogUnavailable(_logger, failure.Code, failure.Attempts, failure.Message);
        }
    }

    private static RpcException BrokenAnswer() => new(new Status(StatusCode.Internal, "The identity service sent an answer without a verdict."));

    private static AdapterFailure NotConfigured() =>
        new(AdapterFailureCodes.NotConfigured, AdapterFailureKind.Unavailable, "The identity adapter has no endpoint (Hub:Adapters:Identity:Endpoint).");

    [LoggerMessage(EventId = LogEvents.IdentityServiceUnavailable, Level = LogLevel.Warning, Message = "Identity service gave no answer ({Code}, {Attempts} attempts): {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string code, int attempts, string reason);
}
