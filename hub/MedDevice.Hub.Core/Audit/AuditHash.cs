using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MedDevice.Hub.Core.Audit;

/// <summary>
/// The canonical, unambiguous encoding of an entry and its SHA-256. Every field is written in a fixed order;
/// integers as 8 bytes big-endian; a string as a presence byte (0 = null, 1 = present), a 4-byte big-endian
/// length and its UTF-8 bytes — so no two different entries share an encoding.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] Domain = Encoding.ASCII.GetBytes("MedDevice.Hub/audit-entry/v1");

    /// <summary>Hex SHA-256 of the entry's fields other than <see cref="AuditEntry.Hash"/>.</summary>
    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Domain);
        AppendInt64(hash, entry.Sequence);
        AppendInt64(hash, entry.Time);
        AppendString(hash, entry.Actor);
        AppendString(hash, entry.Action);
        AppendString(hash, entry.Target);
        AppendString(hash, entry.Purpose);
        AppendString(hash, entry.LegalBasis);
        AppendString(hash, entry.Outcome);
        AppendString(hash, entry.DetailsHash);
        AppendString(hash, entry.PreviousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Hex SHA-256 of a canonical details string.</summary>
    public static string OfDetails(string canonicalDetails)
    {
        ArgumentNullException.ThrowIfNull(canonicalDetails);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalDetails)));
    }

    internal static void AppendInt64(IncrementalHash hash, long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        hash.AppendData(buffer);
    }

    internal static void AppendString(IncrementalHash hash, string? value)
    {
        Span<byte> header = stackalloc byte[5];
        if (value is null)
        {
            hash.AppendData(header[..1]);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        header[0] = 1;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], bytes.Length);
        hash.AppendData(header);
        hash.AppendData(bytes);
    }
}
