namespace MedDevice.Hub.Storage.Protection;

/// <summary>Encrypts partner payloads before they are written and decrypts them when read (encryption at rest).</summary>
public interface IPayloadProtector
{
    /// <summary>The stored form of a payload.</summary>
    byte[] Protect(byte[] plaintext);

    /// <summary>The payload from its stored form; rows written before protection was enabled come back as they are.</summary>
    byte[] Unprotect(byte[] stored);
}
