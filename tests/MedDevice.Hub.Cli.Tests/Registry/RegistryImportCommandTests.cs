using System.Text;
using System.Text.Json;
using MedDevice.Hub.Storage;
using MedDevice.Mappings.RegistryImport;
using MedDevice.Sandbox.Data.Registry;

namespace MedDevice.Hub.Cli.Tests.Registry;

/// <summary><c>hubctl registry import</c> against a real hub database (each dialect derives this suite): idempotent, resumable, reported.</summary>
public abstract class RegistryImportCommandTests : IAsyncLifetime
{
    private RegistryImportFixture _fixture = null!;

    protected abstract StorageOptions Options { get; }

    public virtual Task InitializeAsync()
    {
        _fixture = new RegistryImportFixture(Options);
        return Task.CompletedTask;
    }

    public virtual Task DisposeAsync()
    {
        _fixture.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Import_NdjsonTwice_ReportsBadLinesAndSecondRunChangesNothing()
    {
        var (path, bad) = await _fixture.GenerateAsync("registry.ndjson", RegistryFileFormat.Ndjson, 3_000, badEvery: 100);

        var (first, summary) = await _fixture.ImportAsync(path, "--batch-size", "700");
        var (second, again) = await _fixture.ImportAsync(path, "--batch-size", "700");

        first.ExitCode.ShouldBe(0, first.Error);
        Counts(summary).ShouldBe((3_000, 2_970, 0, 0, 30));
        RegistryImportFixture.ReportedLines(path + ".errors.csv").ShouldBe(bad);
        second.ExitCode.ShouldBe(0, second.Error);
        Counts(again).ShouldBe((3_000, 0, 0, 2_970, 30));
        RegistryImportFixture.ReportedLines(path + ".errors.csv").ShouldBe(bad);
        (await _fixture.CountAsync("SELECT COUNT(*) FROM devices")).ShouldBe(2_970);
        (await _fixture.CountAsync("SELECT COUNT(*) FROM device_history")).ShouldBe(2_970);
        (await _fixture.CountAsync("SELECT COUNT(*) FROM import_checkpoints")).ShouldBe(0);
    }

    [Fact]
    public async Task Import_CsvStoppedAfterSomeBatches_ResumesAfterTheLastCommittedBatch()
    {
        var (path, bad) = await _fixture.GenerateAsync("registry.csv", RegistryFileFormat.Csv, 3_000, badEvery: 70);
        var errors = Path.Combine(_fixture.Folder, "report.csv");

        var (stopped, partial) = await _fixture.ImportAsync(path, "--batch-size", "500", "--stop-after", "1000", "--errors", errors);
        var checkpoints = await _fixture.CountAsync("SELECT COUNT(*) FROM import_checkpoints");
        var (resumed, total) = await _fixture.ImportAsync(path, "--batch-size", "500", "--errors", errors);

        stopped.ExitCode.ShouldBe(ExitCodes.Interrupted, stopped.Error);
        partial.GetProperty("completed").GetBoolean().ShouldBeFalse();
        partial.GetProperty("rows").GetInt64().ShouldBe(1_000);
        checkpoints.ShouldBe(1);
        resumed.ExitCode.ShouldBe(0, resumed.Error);
        // Header on line 1, data rows 2–1001 committed: the second run starts at line 1002 and reads only the rest.
        total.GetProperty("resumedAtLine").GetInt64().ShouldBe(1_002);
        total.GetProperty("rowsThisRun").GetInt64().ShouldBe(2_000);
        Counts(total).ShouldBe((3_000, 3_000 - bad.Count, 0, 0, bad.Count));
        RegistryImportFixture.ReportedLines(errors).ShouldBe(bad);
        (await _fixture.CountAsync("SELECT COUNT(*) FROM devices")).ShouldBe(3_000 - bad.Count);
    }

    [Fact]
    public async Task Import_CrashAfterReportWrittenBeforeCommit_ReportsEveryBadLineOnce()
    {
        var (path, bad) = await _fixture.GenerateAsync("crash.ndjson", RegistryFileFormat.Ndjson, 2_000, badEvery: 30);
        await _fixture.ImportAsync(path, "--batch-size", "400", "--stop-after", "800");
        // What a crash between writing a batch's rejections and committing it leaves behind: report lines no checkpoint counts.
        await File.AppendAllTextAsync(path + ".errors.csv", "810,IMP-002,device name (deviceName.name) is required.\n");

        var (resumed, total) = await _fixture.ImportAsync(path, "--batch-size", "400");

        resumed.ExitCode.ShouldBe(0, resumed.Error);
        total.GetProperty("resumedAtLine").GetInt64().ShouldBe(801);
        RegistryImportFixture.ReportedLines(path + ".errors.csv").ShouldBe(bad);
        File.ReadAllLines(path + ".errors.csv").Length.ShouldBe(bad.Count + 1);
    }

    [Fact]
    public async Task Import_ChangedRowsAfterRestart_StoreOneNewVersionEach()
    {
        var (path, _) = await _fixture.GenerateAsync("v1.csv", RegistryFileFormat.Csv, 300, badEvery: 0);
        await _fixture.ImportAsync(path);
        var changed = Path.Combine(_fixture.Folder, "v2.csv");
        await File.WriteAllLinesAsync(changed, SyntheticDevices.Take(300).Select((e, i) =>
            RegistryCsvFormat.FormatRow(i % 3 == 0 ? e with { DeviceName = e.DeviceName + " (đổi tên)" } : e)).Prepend(RegistryCsvFormat.HeaderRow), Encoding.UTF8);

        var (stopped, _) = await _fixture.ImportAsync(changed, "--batch-size", "64", "--stop-after", "1");
        var (_, restarted) = await _fixture.ImportAsync(changed, "--batch-size", "64", "--restart");
        var (_, again) = await _fixture.ImportAsync(changed);

        stopped.ExitCode.ShouldBe(ExitCodes.Interrupted);
        // The first batch (rows 0–63, 22 of them renamed) was committed; --restart reads every row again with fresh totals.
        restarted.GetProperty("resumedAtLine").ValueKind.ShouldBe(JsonValueKind.Null);
        restarted.GetProperty("rowsThisRun").GetInt64().ShouldBe(300);
        Counts(restarted).ShouldBe((300, 0, 78, 222, 0));
        Counts(again).ShouldBe((300, 0, 0, 300, 0));
        (await _fixture.CountAsync("SELECT COUNT(*) FROM devices WHERE version_id = 2")).ShouldBe(100);
        (await _fixture.CountAsync("SELECT COUNT(*) FROM device_history")).ShouldBe(400);
        (await _fixture.CountAsync("SELECT COUNT(*) FROM device_search_strings WHERE value_folded LIKE '%(doi ten)'")).ShouldBe(100);
    }

    private static (long Rows, long Created, long Updated, long Unchanged, long Rejected) Counts(JsonElement summary) => (
        summary.GetProperty("rows").GetInt64(), summary.GetProperty("created").GetInt64(), summary.GetProperty("updated").GetInt64(),
        summary.GetProperty("unchanged").GetInt64(), summary.GetProperty("rejected").GetInt64());
}
