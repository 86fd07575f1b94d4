using MedDevice.Hub.Storage;
using MedDevice.Sandbox.Data.Registry;

namespace MedDevice.Hub.Cli.Tests.Registry;

/// <summary>The acceptance case on SQLite: a 100,000-row file with injected bad rows, imported twice.</summary>
public sealed class RegistryImportLargeFileTests : IDisposable
{
    private const int Rows = 100_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("hubctl-registry-large-").FullName;
    private readonly RegistryImportFixture _fixture;

    public RegistryImportLargeFileTests() =>
        _fixture = new RegistryImportFixture(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_folder, "hub.db")}" });

    public void Dispose()
    {
        _fixture.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Import_HundredThousandRows_ReportsExactlyTheInjectedBadLinesAndIsIdempotent()
    {
        var (path, bad) = await _fixture.GenerateAsync("registry-100k.ndjson", RegistryFileFormat.Ndjson, Rows, badEvery: 1_000);

        var (first, summary) = await _fixture.ImportAsync(path);
        var reported = RegistryImportFixture.ReportedLines(path + ".errors.csv");
        var (second, again) = await _fixture.ImportAsync(path);

        first.ExitCode.ShouldBe(0, first.Error);
        bad.Count.ShouldBe(100);
        reported.ShouldBe(bad);
        summary.GetProperty("created").GetInt64().ShouldBe(Rows - bad.Count);
        summary.GetProperty("rejected").GetInt64().ShouldBe(bad.Count);
        second.ExitCode.ShouldBe(0, second.Error);
        again.GetProperty("created").GetInt64().ShouldBe(0);
        again.GetProperty("updated").GetInt64().ShouldBe(0);
        again.GetProperty("unchanged").GetInt64().ShouldBe(Rows - bad.Count);
        RegistryImportFixture.ReportedLines(path + ".errors.csv").ShouldBe(bad);
        (await _fixture.CountAsync("SELECT COUNT(*) FROM devices")).ShouldBe(Rows - bad.Count);
        (await _fixture.CountAsync("SELECT COUNT(*) FROM device_history")).ShouldBe(Rows - bad.Count);
        (await _fixture.CountAsync("SELECT COUNT(DISTINCT device_id) FROM device_search_strings WHERE param = 'device-name' AND value_folded LIKE 'may %'"))
            .ShouldBeGreaterThan(Rows / 3);
    }
}
