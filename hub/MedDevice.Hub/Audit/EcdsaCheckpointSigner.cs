using System.Security.Cryptography;
using MedDevice.Hub.Core.Audit;

namespace MedDevice.Hub.Audit;

/// <summary>Signs checkpoints with the hub's ECDSA P-256 key.</summary>
public sealed class EcdsaCheckpointSigner : IAuditCheckpointSigner, IDisposable
{
    private readonly ECDsa _key;

    /// <summary>Takes ownership of <paramref name="key"/>, which must be on P-256.</summary>
    public EcdsaCheckpointSigner(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.KeySize != 256)
        {
            throw new CryptographicException($"The audit signing key must be ECDSA P-256 (got {key.KeySize} bits).");
        }

        _key = key;
    }

    /// <summary>A fresh key that lives as long as the process.</summary>
    public static EcdsaCheckpointSigner Ephemeral() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Loads the private key from a PEM file.</summary>
    public static EcdsaCheckpointSigner FromPemFile(string path)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
            return new EcdsaCheckpointSigner(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public (string Signature, string PublicKey) Sign(long lastSequence, string lastHash, long time) =>
        AuditCheckpointPayload.Sign(_key, lastSequence, lastHash, time);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
