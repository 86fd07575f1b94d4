namespace MedDevice.Hub.Core.Privacy;

/// <summary>
/// One secret of the pseudonym key ring. The id travels inside every pseudonym (<c>psn:{KeyId}:…</c>), so a new
/// key can be introduced while pseudonyms made with an older one are still recognised.
/// </summary>
public sealed class PseudonymKey
{
    /// <summary>The shortest secret accepted: the HMAC-SHA256 block-size guidance asks for at least the output size.</summary>
    public const int MinimumSecretBytes = 32;

    /// <summary>The longest key id.</summary>
    public const int MaximumKeyIdLength = 16;

    private readonly byte[] _secret;

    /// <summary>Creates a key; throws when the id or the secret is unusable (a configuration error, not data).</summary>
    public PseudonymKey(string keyId, ReadOnlySpan<byte> secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        if (keyId.Length > MaximumKeyIdLength || keyId.AsSpan().ContainsAnyExcept(KeyIdCharacters))
        {
            throw new ArgumentException($"A pseudonym key id is 1 to {MaximumKeyIdLength} characters of a-z, 0-9 and '-'.", nameof(keyId));
        }

        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"A pseudonym key needs at least {MinimumSecretBytes} bytes; got {secret.Length}.", nameof(secret));
        }

        KeyId = keyId;
        _secret = secret.ToArray();
    }

    /// <summary>The key id written into pseudonyms, e.g. <c>v1</c>.</summary>
    public string KeyId { get; }

    /// <summary>The secret bytes (a copy is kept; never rendered by <see cref="ToString"/>).</summary>
    internal ReadOnlySpan<byte> Secret => _secret;

    /// <summary>
    /// A 32-byte key for another purpose (e.g. payload encryption), derived with HKDF-SHA256 so the secret never
    /// leaves this object and keys for different purposes are independent.
    /// </summary>
    public byte[] DeriveSubkey(string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        return System.Security.Cryptography.HKDF.DeriveKey(System.Security.Cryptography.HashAlgorithmName.SHA256, _secret, 32,
            info: System.Text.Encoding.UTF8.GetBytes("meddevice-hub:" + purpose));
    }

    /// <inheritdoc />
    public override string ToString() => $"PseudonymKey({KeyId})";

    private static readonly System.Buffers.SearchValues<char> KeyIdCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");
}
