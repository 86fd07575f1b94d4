using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MedDevice.Hub.Storage.Dialects;

namespace MedDevice.Hub.Fhir;

/// <summary>
/// Serialises conditional creates of one condition: the <c>If-None-Exist</c> search and the write run under one of 256
/// striped in-process locks chosen by the condition (parameter order ignored) and, on PostgreSQL, under an advisory
/// lock on the same condition shared by every hub process on the database. Business keys already make concurrent
/// creates of a registry entry or a keyed instance race-free in the store; this also covers devices the store cannot
/// de-duplicate (no UDI-DI, registration number or instance key), across processes too.
/// </summary>
internal static class ConditionalCreateLocks
{
    private static readonly SemaphoreSlim[] Stripes = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Waits for the condition's locks; dispose the result to release them.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(IEnumerable<KeyValuePair<string, string>> condition, SqlDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var key = string.Join('&', condition.Select(p => p.Key + "=" + p.Value).Order(StringComparer.Ordinal));
        var stripe = Stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)Stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            // The in-process stripe first: one process never holds more than one database lock per stripe at a time.
            var shared = await dialect.LockAcrossProcessesAsync(SharedKey(key), cancellationToken);
            return new Release(stripe, shared);
        }
        catch
        {
            stripe.Release();
            throw;
        }
    }

    /// <summary>A stable 64-bit key of the condition, the same in every process ("fhir-cc:" keeps it apart from other lock users).</summary>
    private static long SharedKey(string condition) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("fhir-cc:" + condition)));

    private sealed class Release(SemaphoreSlim stripe, IAsyncDisposable? shared) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                if (shared is not null)
                {
                    await shared.DisposeAsync();
                }
            }
            finally
            {
                stripe.Release();
            }
        }
    }
}
