using System.Security.Cryptography;

namespace MedDevice.Hub.Storage.Protection;

/// <summary>
/// AES-256-GCM: stored form = magic <c>MDH1</c> + 12-byte nonce + ciphertext + 16-byte tag. A row without the
/// magic predates encryption and is returned unchanged, so existing databases keep working.
/// </summary>
public sealed class AesGcmPayloadProtector : IPayloadProtector, IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Magic = "MDH1"u8.ToArray();
    // AesGcm instances are not thread-safe: each thread keeps its own over the same key.
    private readonly ThreadLocal<AesGcm> _aes;

    /// <summary>Creates the protector over a 32-byte key.</summary>
    public AesGcmPayloadProtector(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("The payload key must be 32 bytes.", nameof(key));
        }

        var copy = key.ToArray();
        _aes = new ThreadLocal<AesGcm>(() => new AesGcm(copy, TagSize), trackAllValues: true);
    }

    /// <inheritdoc />
    public byte[] Protect(byte[] plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var stored = new byte[Magic.Length + NonceSize + plaintext.Length + TagSize];
        Magic.CopyTo(stored, 0);
        var nonce = stored.AsSpan(Magic.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Value!.Encrypt(nonce, plaintext, stored.AsSpan(Magic.Length + NonceSize, plaintext.Length), stored.AsSpan(stored.Length - TagSize), Magic);
        return stored;
    }

    /// <inheritdoc />
    public byte[] Unprotect(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Length < Magic.Length + NonceSize + TagSize || !stored.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return stored;
        }

        var plaintext = new byte[stored.Length - Magic.Length - NonceSize - TagSize];
        _aes.Value!.Decrypt(stored.AsSpan(Magic.Length, NonceSize), stored.AsSpan(Magic.Length + NonceSize, plaintext.Length),
            stored.AsSpan(stored.Length - TagSize), plaintext, Magic);
        return plaintext;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var aes in _aes.Values)
        {
            aes.Dispose();
        }

        _aes.Dispose();
    }
}
