using System.Text.Json;
using MedDevice.Adapters.Inbound;

namespace MedDevice.Hub.Tests.Processing;

/// <summary>
/// A test feed (<c>test.keyed</c>) whose body is <c>{"key":"…","n":1,"poison":true}</c>: a poison message throws while
/// <see cref="Faulty"/> is set; every other message is processed and recorded. Tests await what it saw through a
/// signal, never by sleeping.
/// </summary>
internal sealed class ScriptedFeedHandler : IInboundFeed
{
    public const string FeedName = "test.keyed";

    private readonly Lock _gate = new();
    private readonly List<int> _processed = [];
    private readonly SemaphoreSlim _changed = new(0);
    private int _poisonAttempts;

    /// <summary>True while poison messages throw.</summary>
    public volatile bool Faulty = true;

    public string Feed => FeedName;

    public static string Body(string key, int n, bool poison = false) =>
        JsonSerializer.Serialize(new { key, n, poison });

    public FeedInspection Inspect(ReadOnlyMemory<byte> body) => new(Read(body.Span).Key, []);

    public ValueTask<MessagePlan> PlanAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        var (key, n, poison) = Read(message.Body.Span);
        try
        {
            lock (_gate)
            {
                if (poison && Faulty)
                {
                    _poisonAttempts++;
                    throw new InvalidOperationException($"injected fault in message {n}");
                }

                _processed.Add(n);
            }

            return ValueTask.FromResult(MessagePlan.Route("test.processed", key));
        }
        finally
        {
            _changed.Release();
        }
    }

    /// <summary>How often poison messages threw.</summary>
    public int PoisonAttempts
    {
        get
        {
            lock (_gate)
            {
                return _poisonAttempts;
            }
        }
    }

    /// <summary>The numbers of the messages processed, in processing order.</summary>
    public IReadOnlyList<int> Processed
    {
        get
        {
            lock (_gate)
            {
                return [.. _processed];
            }
        }
    }

    /// <summary>Waits (bounded) until the condition holds after some processing attempt; false when it never does.</summary>
    public async Task<bool> WaitUntilAsync(Func<ScriptedFeedHandler, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition(this))
        {
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero || !await _changed.WaitAsync(left))
            {
                return condition(this);
            }
        }

        return true;
    }

    private static (string Key, int N, bool Poison) Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return (root.GetProperty("key").GetString()!, root.GetProperty("n").GetInt32(), root.GetProperty("poison").GetBoolean());
    }
}
