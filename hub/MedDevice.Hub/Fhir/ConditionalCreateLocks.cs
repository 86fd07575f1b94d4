namespace MedDevice.Hub.Fhir;

/// <summary>
/// Serialises conditional creates of one condition within this process: the <c>If-None-Exist</c> search and the write
/// run under one of 256 striped locks chosen by the condition (parameter order ignored). Business keys already make
/// concurrent creates of a registry entry or a keyed instance race-free in the store; this also covers devices the
/// store cannot de-duplicate (no UDI-DI, registration number or instance key). Across hub processes only the business
/// keys protect.
/// </summary>
internal static class ConditionalCreateLocks
{
    private static readonly SemaphoreSlim[] Stripes = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Waits for the condition's stripe; dispose the result to release it.</summary>
    public static async Task<IDisposable> AcquireAsync(IEnumerable<KeyValuePair<string, string>> condition, CancellationToken cancellationToken)
    {
        var key = string.Join('&', condition.Select(p => p.Key + "=" + p.Value).Order(StringComparer.Ordinal));
        var stripe = Stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)Stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
