using System.Text;
using System.Text.Json;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Storage;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Writing;
using MedDevice.Mappings.RegistryImport;
using MedDevice.Sandbox.Data.Registry;

namespace MedDevice.Hub.Cli.Tests.Registry;

/// <summary><c>hubctl registry generate</c>, the text summary, and how <c>import</c> fails (usage, fatal, --fail-on-errors).</summary>
public sealed class RegistryCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hubctl-registry-cmd-").FullName;
    private readonly RegistryImportFixture _fixture;

    public RegistryCommandTests() =>
        _fixture = new RegistryImportFixture(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_folder, "hub.db")}" });

    public void Dispose()
    {
        _fixture.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Generate_CsvWithBadRows_WritesHeaderRowsAndReportsBadCount()
    {
        var path = Path.Combine(_fixture.Folder, "out", "gen.csv");

        var run = await CliRun.RunAsync("registry", "generate", "--count", "250", "--format", "csv", "--bad-every", "50", "--out", path);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("wrote 250 rows (5 bad)");
        var lines = await File.ReadAllLinesAsync(path);
        lines.Length.ShouldBe(251);
        lines[0].ShouldBe(RegistryCsvFormat.HeaderRow);
        lines[1].ShouldBe(RegistryCsvFormat.FormatRow(SyntheticDevices.Get(0)));
    }

    [Fact]
    public async Task Generate_CountBeyondTheSyntheticRegistry_IsUsageError()
    {
        var run = await CliRun.RunAsync("registry", "generate", "--count", (SyntheticDevices.MaxCount + 1).ToString(), "--out", Path.Combine(_fixture.Folder, "x.ndjson"));

        run.ExitCode.ShouldBe(ExitCodes.Usage);
    }

    [Fact]
    public async Task Import_TextSummary_ListsCountsAndErrorReport()
    {
        var (path, _) = await _fixture.GenerateAsync("small.ndjson", RegistryFileFormat.Ndjson, 120, badEvery: 40);

        var run = await CliRun.RunAsync("registry", "import", path, "--config", _fixture.Config);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain($"importing {path} (ndjson,");
        run.Out.ShouldContain("into Sqlite");
        run.Out.ShouldContain($"import complete: {path}");
        run.Out.ShouldContain("rows: 120 (this run: 120)");
        run.Out.ShouldContain("created: 117");
        run.Out.ShouldContain($"rejected: 3 (error report: {path}.errors.csv)");
        run.Out.ShouldContain("rows/s: ");
    }

    [Fact]
    public async Task Import_CancelledAfterABatch_ExitsInterruptedAndResumesAfterTheCommittedRows()
    {
        var (path, bad) = await _fixture.GenerateAsync("cancel.ndjson", RegistryFileFormat.Ndjson, 2_000, badEvery: 90);
        using var cancellation = new CancellationTokenSource();
        // Every batch prints a progress line with this clock; the first one cancels, as Ctrl+C during the second batch would.
        await using var output = new CancellingWriter(cancellation, "progress:");
        await using var error = new StringWriter();

        var code = await HubCtl.RunAsync(["registry", "import", path, "--config", _fixture.Config, "--batch-size", "500"],
            new CliIo(new StringReader(""), output, error, new SteppingTimeProvider(TimeSpan.FromSeconds(10))), cancellation.Token);
        var (resumed, total) = await _fixture.ImportAsync(path, "--batch-size", "500");

        code.ShouldBe(ExitCodes.Interrupted, error.ToString());
        output.ToString().ShouldContain("import interrupted");
        resumed.ExitCode.ShouldBe(0, resumed.Error);
        total.GetProperty("resumedAtLine").GetInt64().ShouldBe(501);
        total.GetProperty("created").GetInt64().ShouldBe(2_000 - bad.Count);
        RegistryImportFixture.ReportedLines(path + ".errors.csv").ShouldBe(bad);
    }

    [Fact]
    public async Task Import_FailOnErrors_ExitsOneWhenRowsWereRejected()
    {
        var (bad, _) = await _fixture.GenerateAsync("bad.ndjson", RegistryFileFormat.Ndjson, 20, badEvery: 10);
        var (good, _) = await _fixture.GenerateAsync("good.ndjson", RegistryFileFormat.Ndjson, 20, badEvery: 0, start: 100);

        (await CliRun.RunAsync("registry", "import", bad, "--config", _fixture.Config, "--fail-on-errors")).ExitCode.ShouldBe(ExitCodes.Invalid);
        (await CliRun.RunAsync("registry", "import", good, "--config", _fixture.Config, "--fail-on-errors")).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync("registry", "import", bad, "--config", _fixture.Config)).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Import_CsvWithoutRequiredColumns_IsFatalWithCode()
    {
        var path = Path.Combine(_fixture.Folder, "nohead.csv");
        await File.WriteAllTextAsync(path, "device_name,risk_class\nMáy thở,C\n");

        var run = await CliRun.RunAsync("registry", "import", path, "--config", _fixture.Config);

        run.ExitCode.ShouldBe(ExitCodes.Fatal);
        run.Error.ShouldContain(RegistryEntryErrorCodes.BadHeader);
        run.Error.ShouldContain("holder_tax_code");
    }

    [Fact]
    public async Task Import_ConfiguredPseudonymKey_EncryptsResourcesAsTheHostDoes()
    {
        var key = Enumerable.Range(7, 32).Select(i => (byte)i).ToArray();
        var config = Path.Combine(_fixture.Folder, "keyed.json");
        var database = Path.Combine(_fixture.Folder, "keyed.db");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Hub = new { Storage = new { Provider = "Sqlite", ConnectionString = $"Data Source={database}" }, Privacy = new { PseudonymKey = Convert.ToBase64String(key) } },
        }));
        var (path, _) = await _fixture.GenerateAsync("keyed.ndjson", RegistryFileFormat.Ndjson, 10, badEvery: 0);

        var run = await CliRun.RunAsync("registry", "import", path, "--config", config);

        run.ExitCode.ShouldBe(0, run.Error);
        var dialect = SqlDialect.Create(new StorageOptions { ConnectionString = $"Data Source={database}" });
        await using var writer = new GroupCommitWriter(dialect);
        // The host's protector: AES-256-GCM under the HKDF subkey "payload-encryption-v1" of the pseudonym key.
        using var protector = new AesGcmPayloadProtector(new PseudonymKey("v1", key).DeriveSubkey("payload-encryption-v1"));
        var stored = (await new RegistryStore(dialect, writer, TimeProvider.System, protector).FindByBusinessKeyAsync(null, SyntheticDevices.Get(0).RegistrationNumber, CancellationToken.None)).ShouldNotBeNull();
        Encoding.UTF8.GetString(stored.Resource).ShouldContain(SyntheticDevices.Get(0).DeviceName!);
        var raw = (await new RegistryStore(dialect, writer, TimeProvider.System).GetAsync(stored.Id, CancellationToken.None)).ShouldNotBeNull();
        raw.Resource.AsSpan(0, 4).ToArray().ShouldBe("MDH1"u8.ToArray());
    }

    [Fact]
    public async Task Import_ProductionProfileWithoutPseudonymKey_IsFatal()
    {
        var config = Path.Combine(_fixture.Folder, "production.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Hub = new { Storage = new { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(_fixture.Folder, "p.db")}" }, Security = new { Profile = "Production" } },
        }));
        var (path, _) = await _fixture.GenerateAsync("p.ndjson", RegistryFileFormat.Ndjson, 5, badEvery: 0);

        var run = await CliRun.RunAsync("registry", "import", path, "--config", config);

        run.ExitCode.ShouldBe(ExitCodes.Fatal);
        run.Error.ShouldContain("pseudonym key");
    }

    [Fact]
    public async Task Import_UnknownExtensionOrMissingFile_IsUsageOrFatal()
    {
        var unknown = Path.Combine(_fixture.Folder, "registry.xml");
        await File.WriteAllTextAsync(unknown, "<x/>");

        (await CliRun.RunAsync("registry", "import", unknown, "--config", _fixture.Config)).ExitCode.ShouldBe(ExitCodes.Usage);
        (await CliRun.RunAsync("registry", "import", Path.Combine(_fixture.Folder, "none.csv"), "--config", _fixture.Config)).ExitCode.ShouldBe(ExitCodes.Fatal);
        (await CliRun.RunAsync("registry", "import", unknown, "--config", _fixture.Config, "--batch-size", "0")).ExitCode.ShouldBe(ExitCodes.Usage);
    }
}
