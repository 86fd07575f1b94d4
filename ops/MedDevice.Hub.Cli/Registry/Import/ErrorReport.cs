using System.Text;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Mappings.RegistryImport;

namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>
/// The CSV report of rejected rows (<c>line,code,reason</c>). Reasons name the problem, never the value, and pass
/// through the personal-data redactor as a second line of defence. The report can be cut back to a committed length,
/// so a batch retried or resumed after a crash is reported exactly once.
/// </summary>
internal sealed class ErrorReport : IDisposable
{
    /// <summary>The header row.</summary>
    public const string Header = "line,code,reason";

    private readonly FileStream _stream;

    private ErrorReport(FileStream stream) => _stream = stream;

    /// <summary>The report's length in bytes (what a checkpoint records).</summary>
    public long Length => _stream.Length;

    /// <summary>
    /// Opens the report: continued at <paramref name="resumeLength"/> when resuming and the file still holds that much,
    /// else started afresh with the header. <paramref name="continued"/> says which.
    /// </summary>
    public static ErrorReport Open(string path, long? resumeLength, out bool continued)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        continued = resumeLength is { } length && stream.Length >= length && length > 0;
        var report = new ErrorReport(stream);
        if (continued)
        {
            report.TruncateTo(resumeLength!.Value);
        }
        else
        {
            report.TruncateTo(0);
            report.WriteLine(Header);
            report.Flush();
        }

        return report;
    }

    /// <summary>Drops everything after <paramref name="length"/> bytes and continues there.</summary>
    public void TruncateTo(long length)
    {
        _stream.SetLength(length);
        _stream.Position = length;
    }

    /// <summary>Appends one rejected row's issue.</summary>
    public void Write(long line, string code, string reason)
    {
        var builder = new StringBuilder(128);
        builder.Append(line.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',');
        CsvFields.Append(builder, code);
        builder.Append(',');
        CsvFields.Append(builder, PersonalDataRedactor.Redact(reason));
        WriteLine(builder.ToString());
    }

    /// <summary>Makes what was written durable before the checkpoint that counts it commits.</summary>
    public void Flush() => _stream.Flush(flushToDisk: true);

    public void Dispose() => _stream.Dispose();

    private void WriteLine(string text) => _stream.Write(Encoding.UTF8.GetBytes(text + "\n"));
}
