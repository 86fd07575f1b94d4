using System.Security.Cryptography;
using System.Text;

namespace MedDevice.Hub.Core.Privacy;

/// <summary>
/// Keyed pseudonyms for personal identifiers: <c>psn:{keyId}:{hex HMAC-SHA256(key, kind ":" normalised value)}</c>.
/// The same value and key always give the same pseudonym (so records can be matched without storing the value);
/// another key gives an unrelated one. The kind is part of the MAC input, so equal digits of two kinds never
/// collide. Older keys stay in the ring to recognise pseudonyms made before a rotation.
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>The prefix of every pseudonym.</summary>
    public const string Prefix = "psn:";

    private const int MacHexLength = 64;
    private readonly Dictionary<string, PseudonymKey> _ring;

    /// <summary>Creates a pseudonymizer writing with <paramref name="current"/> and also recognising <paramref name="previous"/> keys.</summary>
    public Pseudonymizer(PseudonymKey current, IEnumerable<PseudonymKey>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        Current = current;
        _ring = new Dictionary<string, PseudonymKey>(StringComparer.Ordinal) { [current.KeyId] = current };
        foreach (var key in previous ?? [])
        {
            if (!_ring.TryAdd(key.KeyId, key))
            {
                throw new ArgumentException($"Pseudonym key id '{key.KeyId}' appears twice in the key ring.", nameof(previous));
            }
        }
    }

    /// <summary>The key new pseudonyms are made with.</summary>
    public PseudonymKey Current { get; }

    /// <summary>Normalises, pseudonymises and masks a value with the current key.</summary>
    public PseudonymResult Pseudonymize(PersonalDataKind kind, string value)
    {
        var normalized = PersonalDataNormalizer.Normalize(kind, value);
        if (normalized is null)
        {
            return PseudonymResult.Fail(kind == PersonalDataKind.PersonalId ? PrivacyErrorCodes.InvalidPersonalId : PrivacyErrorCodes.InvalidInsuranceCard);
        }

        return new PseudonymResult(Compute(Current, kind, normalized), PersonalDataMasking.Mask(kind, normalized), null);
    }

    /// <summary>
    /// True when <paramref name="pseudonym"/> was made from <paramref name="value"/> with any key of the ring
    /// (the key is the one the pseudonym names). Compared in fixed time.
    /// </summary>
    public bool Matches(PersonalDataKind kind, string value, string pseudonym)
    {
        ArgumentNullException.ThrowIfNull(pseudonym);
        var normalized = PersonalDataNormalizer.Normalize(kind, value);
        if (normalized is null || KeyIdOf(pseudonym) is not { } keyId || !_ring.TryGetValue(keyId, out var key))
        {
            return false;
        }

        var expected = Compute(key, kind, normalized);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(pseudonym));
    }

    /// <summary>The key id a pseudonym was made with, or null when the text is not a pseudonym.</summary>
    public static string? KeyIdOf(string pseudonym)
    {
        ArgumentNullException.ThrowIfNull(pseudonym);
        if (!pseudonym.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = pseudonym.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        return colon <= 0 || rest.Length - colon - 1 != MacHexLength ? null : rest[..colon].ToString();
    }

    private static string Compute(PseudonymKey key, PersonalDataKind kind, string normalized)
    {
        var input = Encoding.UTF8.GetBytes(KindTag(kind) + ":" + normalized);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key.Secret, input, mac);
        return Prefix + key.KeyId + ":" + Convert.ToHexStringLower(mac);
    }

    private static string KindTag(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.PersonalId => "pid",
        PersonalDataKind.InsuranceCard => "bhyt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown personal data kind."),
    };
}
