namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>
/// Streams an import file row by row from any byte offset, knowing the offset and line number of every row, so an
/// import can checkpoint exactly and resume without reading committed rows again. Blank lines are skipped; a UTF-8
/// BOM at the start and a CR before LF are dropped. In CSV mode a row whose quotes are open continues on the next line.
/// </summary>
internal sealed class SourceReader : IAsyncDisposable
{
    private const int BufferSize = 1 << 20;
    private readonly FileStream _stream;
    private readonly bool _csv;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _eof;

    private SourceReader(FileStream stream, bool csv, long offset, long line)
    {
        _stream = stream;
        _csv = csv;
        _bufferOffset = offset;
        LineNumber = line;
    }

    /// <summary>The last line read (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>The byte offset of the next unread byte.</summary>
    public long Offset => _bufferOffset + _start;

    /// <summary>Opens <paramref name="path"/> at <paramref name="offset"/>, which starts line <paramref name="lineNumber"/> + 1.</summary>
    public static SourceReader Open(string path, bool csv, long offset = 0, long lineNumber = 0)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        stream.Seek(offset, SeekOrigin.Begin);
        return new SourceReader(stream, csv, offset, lineNumber);
    }

    /// <summary>The next non-blank row, or null at the end of the file.</summary>
    public async Task<SourceRow?> ReadRowAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var first = LineNumber + 1;
            var bytes = await ReadLineAsync(cancellationToken);
            if (bytes is null)
            {
                return null;
            }

            if (_csv)
            {
                while (CountQuotes(bytes) % 2 == 1 && await ReadLineAsync(cancellationToken) is { } more)
                {
                    bytes = [.. bytes, (byte)'\n', .. more];
                }
            }

            if (bytes.AsSpan().ContainsAnyExcept((byte)' ', (byte)'\t'))
            {
                return new SourceRow(first, LineNumber, Offset, bytes);
            }
        }
    }

    /// <summary>Up to <paramref name="max"/> rows; empty at the end of the file.</summary>
    public async Task<List<SourceRow>> ReadBatchAsync(int max, CancellationToken cancellationToken)
    {
        var rows = new List<SourceRow>(max);
        while (rows.Count < max && await ReadRowAsync(cancellationToken) is { } row)
        {
            rows.Add(row);
        }

        return rows;
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    private async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        List<byte>? spill = null;
        var lineStart = Offset;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = Take(spill, newline, newline + 1, lineStart);
                LineNumber++;
                return line;
            }

            if (_eof)
            {
                if (_end == _start && spill is null)
                {
                    return null;
                }

                var last = Take(spill, _end - _start, _end - _start, lineStart);
                LineNumber++;
                return last;
            }

            if (_start > 0 || _end == _buffer.Length)
            {
                // Keep the partial line: move it to the front, or spill it when it fills the whole buffer.
                if (_start == 0)
                {
                    spill ??= new List<byte>(BufferSize * 2);
                    spill.AddRange(_buffer.AsSpan(0, _end));
                    _bufferOffset += _end;
                    _end = 0;
                }
                else
                {
                    _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                    _bufferOffset += _start;
                    _end -= _start;
                    _start = 0;
                }
            }

            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    /// <summary>The line's bytes (<paramref name="length"/> from the buffer after any spilled part), consuming <paramref name="consumed"/> buffer bytes.</summary>
    private byte[] Take(List<byte>? spill, int length, int consumed, long lineStart)
    {
        var content = _buffer.AsSpan(_start, length);
        byte[] line;
        if (spill is null)
        {
            line = content.ToArray();
        }
        else
        {
            spill.AddRange(content);
            line = [.. spill];
        }

        _start += consumed;
        var start = lineStart == 0 && line.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var end = line.Length > start && line[^1] == (byte)'\r' ? line.Length - 1 : line.Length;
        return start == 0 && end == line.Length ? line : line[start..end];
    }

    private static int CountQuotes(byte[] bytes) => bytes.AsSpan().Count((byte)'"');
}
