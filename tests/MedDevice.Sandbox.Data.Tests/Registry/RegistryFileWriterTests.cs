using System.Security.Cryptography;
using System.Text;
using MedDevice.Mappings.RegistryDevice;
using MedDevice.Mappings.RegistryImport;
using MedDevice.Sandbox.Data.Registry;

namespace MedDevice.Sandbox.Data.Tests.Registry;

public sealed class RegistryFileWriterTests
{
    [Theory]
    [InlineData(RegistryFileFormat.Ndjson)]
    [InlineData(RegistryFileFormat.Csv)]
    public async Task WriteAsync_SameArguments_SameBytes(RegistryFileFormat format)
    {
        var first = await WriteAsync(format, 3_000, badEvery: 7);
        var second = await WriteAsync(format, 3_000, badEvery: 7);

        SHA256.HashData(first).ShouldBe(SHA256.HashData(second));
        (await WriteAsync(format, 3_000, badEvery: 0)).ShouldNotBe(first);
    }

    [Fact]
    public async Task WriteAsync_Ndjson_GoodLinesAreValidDevicesAndEveryBadLineIsRejected()
    {
        using var output = new MemoryStream();
        var summary = await RegistryFileWriter.WriteAsync(output, RegistryFileFormat.Ndjson, 1_000, badEvery: 9);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Length.ShouldBe(1_000);
        summary.BadLines.ShouldBe(Enumerable.Range(1, 1_000).Where(l => l % 9 == 0).Select(l => (long)l));
        for (var i = 0; i < lines.Length; i++)
        {
            var read = RegistryDeviceReader.Read(Encoding.UTF8.GetBytes(lines[i]));
            var issues = read.Device is null ? read.Issues : RegistryEntryValidator.Validate(read.Device);
            (issues.Count > 0).ShouldBe(summary.BadLines.Contains(i + 1), $"line {i + 1}: {string.Join("; ", issues)}");
        }
    }

    [Fact]
    public async Task WriteAsync_Csv_HeaderThenRowsAndBadLinesCountTheHeader()
    {
        using var output = new MemoryStream();
        var summary = await RegistryFileWriter.WriteAsync(output, RegistryFileFormat.Csv, 100, badEvery: 10, start: 500);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].ShouldBe(RegistryCsvFormat.HeaderRow);
        lines.Length.ShouldBe(101);
        lines[1].ShouldBe(RegistryCsvFormat.FormatRow(SyntheticDevices.Get(500)));
        summary.BadLines.ShouldBe(Enumerable.Range(1, 10).Select(k => (long)(k * 10) + 1));
    }

    [Fact]
    public void Spoil_EveryKind_GivesItsOwnErrorCode()
    {
        var entry = SyntheticDevices.Get(77);
        var codes = Enumerable.Range(0, SyntheticBadRows.KindCount).Where(k => k != SyntheticBadRows.MalformedKind)
            .Select(k => RegistryEntryValidator.Validate(RegistryEntryMapper.ToDevice(SyntheticBadRows.Spoil(entry, k))).Select(i => i.Code).ToList())
            .ToList();

        codes.ShouldAllBe(c => c.Count >= 1);
        codes.Select(c => c[0]).ShouldBe(["UDI-GS1-105", "REG-002", "MST-003", "IMP-006", "IMP-002", "UDI-HIBC-004", "IMP-005"]);
    }

    private static async Task<byte[]> WriteAsync(RegistryFileFormat format, int count, int badEvery)
    {
        using var output = new MemoryStream();
        await RegistryFileWriter.WriteAsync(output, format, count, badEvery);
        return output.ToArray();
    }
}
