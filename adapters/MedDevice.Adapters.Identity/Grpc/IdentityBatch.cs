using System.Collections.Concurrent;
using System.Globalization;
using Grpc.Core;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Resilience;
using Proto = MedDevice.Identity.V1;

namespace MedDevice.Adapters.Identity.Grpc;

/// <summary>
/// The state of one batch across stream attempts: answers by position, the items still without an answer (sent
/// again on the next attempt) and the fresh answers to cache. Items answered with a transient item error stay
/// pending; other item errors end the item.
/// </summary>
internal sealed class IdentityBatch(int count, TimeProvider time)
{
    private readonly AdapterResult<IdentityVerification>?[] _results = new AdapterResult<IdentityVerification>?[count];
    private readonly ConcurrentDictionary<string, Item> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, IdentityVerification Value)> _fresh = new();

    public bool HasPending => !_pending.IsEmpty;

    public IEnumerable<(string Key, IdentityVerification Value)> Fresh => _fresh;

    public void Answer(int index, AdapterResult<IdentityVerification> result) => _results[index] = result;

    public void Expect(int index, IdentityQuery query, string? key) =>
        _pending[index.ToString(CultureInfo.InvariantCulture)] = new Item(index, query, key);

    public IReadOnlyList<(string CorrelationId, IdentityQuery Query)> Pending() =>
        _pending.OrderBy(p => p.Value.Index).Select(p => (p.Key, p.Value.Query)).ToList();

    public void Receive(Proto.VerifyBatchResponse response)
    {
        if (!_pending.TryGetValue(response.CorrelationId, out var item))
        {
            return;
        }

        var now = time.GetUtcNow();
        IdentityVerification? answer = (response.ResultCase, item.Query) switch
        {
            (Proto.VerifyBatchResponse.ResultOneofCase.Citizen, CitizenQuery) => IdentityMessages.Answer(response.Citizen, now),
            (Proto.VerifyBatchResponse.ResultOneofCase.Organization, OrganizationQuery) => IdentityMessages.Answer(response.Organization, now),
            _ => null,
        };
        if (answer is not null)
        {
            _results[item.Index] = new(answer);
            if (item.Key is { } key)
            {
                _fresh.Enqueue((key, answer));
            }

            _pending.TryRemove(response.CorrelationId, out _);
            return;
        }

        var failure = response.ResultCase == Proto.VerifyBatchResponse.ResultOneofCase.Error
            ? IdentityStatusClassifier.Classify((StatusCode)response.Error.Code)
            : AttemptFailure.Fault("The identity service answered a batch item without a verdict.");
        if (!failure.Retry)
        {
            _results[item.Index] = new(failure.Failure with { Attempts = 1 });
            _pending.TryRemove(response.CorrelationId, out _);
        }
    }

    public void FailPending(AdapterFailure failure)
    {
        foreach (var item in _pending.Values)
        {
            _results[item.Index] = new(failure);
        }

        _pending.Clear();
    }

    public IReadOnlyList<AdapterResult<IdentityVerification>> Results() =>
        _results.Select(r => r ?? throw new InvalidOperationException("A batch item has no result.")).ToList();

    private sealed record Item(int Index, IdentityQuery Query, string? Key);
}
