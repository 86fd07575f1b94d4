using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>
/// The key a checkpoint is stored under: the file's full path, size, format and the SHA-256 of its first 64 KiB, so a
/// changed or replaced file never resumes from another file's checkpoint.
/// </summary>
internal static class SourceIdentity
{
    private const int FirstBlock = 64 * 1024;

    /// <summary>The hex key of <paramref name="path"/>.</summary>
    public static async Task<string> KeyOfAsync(string path, ImportFormat format, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        await using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        var block = new byte[(int)Math.Min(FirstBlock, stream.Length)];
        await stream.ReadExactlyAsync(block, cancellationToken);
        var identity = string.Create(CultureInfo.InvariantCulture,
            $"{fullPath}\n{stream.Length}\n{format}\n{Convert.ToHexStringLower(SHA256.HashData(block))}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }
}
