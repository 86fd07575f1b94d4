using System.Diagnostics;
using System.Globalization;

namespace MedDevice.Testing.Polling;

/// <summary>
/// The one bounded wait of the test suites: polls a probe until it reports the awaited state, or fails naming what was
/// awaited and the last value it saw. For things that must happen; to prove that something did not happen, drain the
/// work deterministically or wait for a later event instead.
/// </summary>
public static class Eventually
{
    /// <summary>The bound when the caller gives none: long enough for a loaded 2-core CI machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    // The pause between probes starts short (a fast event is seen at once) and doubles up to a cap (a slow one
    // is not probed hundreds of times on a shared machine).
    private static readonly TimeSpan FirstInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return UntilAsync(() => Task.FromResult(condition()), what, timeout);
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(condition, static held => held, what, timeout);

    /// <summary>Waits until <paramref name="probe"/> returns a value, and returns it.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class =>
        (await UntilAsync(probe, static value => value is not null, what, timeout))!;

    /// <summary>Waits until the value <paramref name="probe"/> returns is <paramref name="accepted"/>, and returns it.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> accepted, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(accepted);
        var bound = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        var interval = FirstInterval;
        while (true)
        {
            var value = await probe();
            if (accepted(value))
            {
                return value;
            }

            if (clock.Elapsed >= bound)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Still waiting after {bound.TotalSeconds:0.###} s for {what}; last observed: {Describe(value)}."));
            }

            await Task.Delay(interval);
            interval = interval * 2 < MaxInterval ? interval * 2 : MaxInterval;
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        bool held => held ? "true" : "false",
        string text => text,
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Take(20)) + "]",
        _ => value.ToString() ?? "(no text)",
    };
}
