using System.Security.Cryptography;
using System.Text;
using MedDevice.Hub.Storage.Protection;

namespace MedDevice.Hub.Storage.Tests.Protection;

public sealed class AesGcmPayloadProtectorTests
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void ProtectUnprotect_RoundTrips_AndHidesPlaintext()
    {
        using var protector = new AesGcmPayloadProtector(_key);
        var plaintext = Encoding.UTF8.GetBytes("{\"cccd\":\"001085012345\"}");

        var stored = protector.Protect(plaintext);

        Encoding.UTF8.GetString(stored).ShouldNotContain("001085012345");
        protector.Unprotect(stored).ShouldBe(plaintext);
        protector.Protect(plaintext).ShouldNotBe(stored); // fresh nonce each time
    }

    [Fact]
    public void Unprotect_TamperedCiphertext_Throws()
    {
        using var protector = new AesGcmPayloadProtector(_key);
        var stored = protector.Protect(Encoding.UTF8.GetBytes("payload"));
        stored[^20] ^= 1;

        Should.Throw<CryptographicException>(() => protector.Unprotect(stored));
    }

    [Fact]
    public void Unprotect_WrongKey_Throws()
    {
        using var protector = new AesGcmPayloadProtector(_key);
        using var other = new AesGcmPayloadProtector(RandomNumberGenerator.GetBytes(32));

        Should.Throw<CryptographicException>(() => other.Unprotect(protector.Protect(Encoding.UTF8.GetBytes("payload"))));
    }

    [Fact]
    public void Unprotect_RowWrittenBeforeEncryption_ReturnedAsIs()
    {
        using var protector = new AesGcmPayloadProtector(_key);
        var legacy = Encoding.UTF8.GetBytes("{\"resourceType\":\"Device\"}");

        protector.Unprotect(legacy).ShouldBe(legacy);
    }
}

public sealed class AesGcmPayloadProtectorConcurrencyTests
{
    [Fact]
    public async Task ProtectUnprotect_ManyThreads_AllRoundTrip()
    {
        using var protector = new AesGcmPayloadProtector(RandomNumberGenerator.GetBytes(32));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var plaintext = Encoding.UTF8.GetBytes($"payload {t}/{i}");
                if (!protector.Unprotect(protector.Protect(plaintext)).AsSpan().SequenceEqual(plaintext))
                {
                    return false;
                }
            }

            return true;
        })));

        results.ShouldAllBe(ok => ok);
    }
}
