using System.Text;
using MedDevice.Mappings.RegistryImport;

namespace MedDevice.Sandbox.Data.Registry;

/// <summary>
/// Writes synthetic registry files for bulk import: NDJSON (one registry Device per line, exactly the JSON the import
/// stores) or CSV (header + one entry per row). Rows are generated in parallel chunks and written in order, so a
/// million-row file takes seconds; the same arguments always give the same bytes.
/// </summary>
public static class RegistryFileWriter
{
    private const int Chunk = 8_192;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes <paramref name="count"/> rows for devices <paramref name="start"/>…, injecting a bad row every <paramref name="badEvery"/> rows (0 = none).</summary>
    public static async Task<RegistryFileSummary> WriteAsync(
        Stream output, RegistryFileFormat format, int count, int badEvery = 0, int start = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(badEvery);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)start + count, SyntheticDevices.MaxCount, nameof(count));
        var headerLines = 0;
        if (format == RegistryFileFormat.Csv)
        {
            await output.WriteAsync(Encoding.UTF8.GetBytes(RegistryCsvFormat.HeaderRow + "\n"), cancellationToken);
            headerLines = 1;
        }

        var bad = new List<long>();
        var rows = new byte[Chunk][];
        for (var first = 1; first <= count; first += Chunk)
        {
            var size = Math.Min(Chunk, count - first + 1);
            Parallel.For(0, size, i => rows[i] = Row(format, first + i, start + first + i - 1, badEvery));
            for (var i = 0; i < size; i++)
            {
                await output.WriteAsync(rows[i], cancellationToken);
                await output.WriteAsync(NewLine, cancellationToken);
                if (SyntheticBadRows.IsBad(first + i, badEvery))
                {
                    bad.Add(first + i + headerLines);
                }
            }
        }

        await output.FlushAsync(cancellationToken);
        return new RegistryFileSummary(count, bad);
    }

    /// <summary>One data row (without line break): the device's row, or a bad one when the row number says so.</summary>
    public static byte[] Row(RegistryFileFormat format, long row, int deviceIndex, int badEvery = 0)
    {
        var entry = SyntheticDevices.Get(deviceIndex);
        var kind = SyntheticBadRows.IsBad(row, badEvery) ? SyntheticBadRows.KindOf(row, badEvery) : -1;
        if (kind >= 0 && kind != SyntheticBadRows.MalformedKind)
        {
            entry = SyntheticBadRows.Spoil(entry, kind);
        }

        if (format == RegistryFileFormat.Csv)
        {
            var text = RegistryCsvFormat.FormatRow(entry);
            if (kind == SyntheticBadRows.MalformedKind)
            {
                text = string.Join(',', text.Split(',').Take(5));
            }

            return Encoding.UTF8.GetBytes(text);
        }

        var json = RegistryDeviceJson.ToStoredJson(RegistryEntryMapper.ToDevice(entry));
        return kind == SyntheticBadRows.MalformedKind ? json[..(json.Length / 2)] : json;
    }
}
