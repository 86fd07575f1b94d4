using System.Security.Cryptography;
using System.Text;

namespace MedDevice.Hub.Core.Audit;

/// <summary>The bytes a checkpoint signature covers: a domain tag, last sequence, last hash and time, canonically encoded.</summary>
public static class AuditCheckpointPayload
{
    private static readonly byte[] Domain = Encoding.ASCII.GetBytes("MedDevice.Hub/audit-checkpoint/v1");

    /// <summary>SHA-256 of the canonical encoding (what is signed).</summary>
    public static byte[] Digest(long lastSequence, string lastHash, long time)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Domain);
        AuditHash.AppendInt64(hash, lastSequence);
        AuditHash.AppendString(hash, lastHash);
        AuditHash.AppendInt64(hash, time);
        return hash.GetHashAndReset();
    }

    /// <summary>Signs a checkpoint with <paramref name="key"/>; returns (signature, public key), both base64.</summary>
    public static (string Signature, string PublicKey) Sign(ECDsa key, long lastSequence, string lastHash, long time)
    {
        ArgumentNullException.ThrowIfNull(key);
        var signature = key.SignHash(Digest(lastSequence, lastHash, time), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return (Convert.ToBase64String(signature), Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>True when a signed checkpoint's signature verifies under its own public key.</summary>
    public static bool VerifySignature(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.Signature is null || checkpoint.PublicKey is null)
        {
            return false;
        }

        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(checkpoint.PublicKey), out _);
            if (key.KeySize != 256)
            {
                return false;
            }

            return key.VerifyHash(Digest(checkpoint.LastSequence, checkpoint.LastHash, checkpoint.Time),
                Convert.FromBase64String(checkpoint.Signature), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return false;
        }
    }
}
