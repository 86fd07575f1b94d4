using System.Security.Cryptography;
using System.Text.Json;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Storage;
using MedDevice.Hub.Storage.Audit;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Cli.Tests.Audit;

/// <summary>
/// <c>hubctl audit verify</c> against a real hub database (each dialect derives this suite): a chain written by
/// concurrent callers verifies; tampering with SQL makes it exit 1 and name the broken sequence.
/// </summary>
public abstract class AuditVerifyCommandTests : IAsyncLifetime
{
    private const int Entries = 30;
    private readonly string _folder = Directory.CreateTempSubdirectory("hubctl-audit-").FullName;
    private SqlDialect _dialect = null!;
    private string _config = "";

    protected abstract StorageOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        var options = Options;
        _config = Path.Combine(_folder, "appsettings.json");
        await File.WriteAllTextAsync(_config, JsonSerializer.Serialize(new
        {
            Hub = new { Storage = new { Provider = options.Provider.ToString(), options.ConnectionString } },
        }));
        _dialect = SqlDialect.Create(options);
        await new MigrationRunner(_dialect, TimeProvider.System).ApplyAsync(CancellationToken.None);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var writer = new GroupCommitWriter(_dialect, options.Provider == StorageProvider.Sqlite ? 1 : 3);
        await using var appender = new AuditAppender(new AuditStore(_dialect), writer, TimeProvider.System,
            new AuditAppenderOptions { CheckpointEvery = 10, MaxBatch = 4 }, new KeySigner(key));
        await Task.WhenAll(Enumerable.Range(0, Entries).Select(i => Task.Run(() => appender.AppendAsync(
            new AuditEvent($"partner-{i % 3}", AuditActions.InboundDeny, "registry.device", AuditOutcomes.Denied, DetailsHash: AuditHash.OfDetails($"n={i}"))))));
    }

    public virtual Task DisposeAsync()
    {
        (_dialect as IDisposable)?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AuditVerify_IntactChain_ExitsZeroWithCounts()
    {
        var run = await CliRun.RunAsync("audit", "verify", "--config", _config);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain($"entries checked: {Entries}");
        run.Out.ShouldContain("checkpoints verified: 3");
        run.Out.ShouldContain("chain intact");
    }

    [Fact]
    public async Task AuditVerify_FieldUpdated_ExitsOneNamingEditedSequence()
    {
        await ExecuteAsync("UPDATE audit_log SET outcome = 'allowed' WHERE sequence = 7");

        var run = await CliRun.RunAsync("audit", "verify", "--config", _config);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("first broken link: sequence 7 (edited)");
    }

    [Fact]
    public async Task AuditVerify_RowDeleted_ExitsOneNamingDeletedSequence()
    {
        await ExecuteAsync("DELETE FROM audit_log WHERE sequence = 12");

        var run = await CliRun.RunAsync("audit", "verify", "--config", _config);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("first broken link: sequence 12 (deleted)");
    }

    [Fact]
    public async Task AuditVerify_TailDeleted_CheckpointNamesFirstMissingSequence()
    {
        await ExecuteAsync("DELETE FROM audit_log WHERE sequence > 25");

        var run = await CliRun.RunAsync("audit", "verify", "--config", _config);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("first broken link: sequence 26 (deleted)");
    }

    [Fact]
    public async Task AuditVerify_SequenceNumbersSwapped_ExitsOneNamingReorderedSequence()
    {
        await ExecuteAsync("UPDATE audit_log SET sequence = -15 WHERE sequence = 15");
        await ExecuteAsync("UPDATE audit_log SET sequence = 15 WHERE sequence = 16");
        await ExecuteAsync("UPDATE audit_log SET sequence = 16 WHERE sequence = -15");

        var run = await CliRun.RunAsync("audit", "verify", "--config", _config);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("first broken link: sequence 15 (reordered)");
    }

    [Fact]
    public async Task AuditVerify_CheckpointAltered_ExitsOneNamingBadSignature()
    {
        await ExecuteAsync("UPDATE audit_checkpoints SET created_at = created_at + 1 WHERE last_sequence = 20");

        var run = await CliRun.RunAsync("audit", "verify", "--config", _config);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("first broken link: sequence 20 (bad checkpoint signature)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        (await command.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0);
    }

    private sealed class KeySigner(ECDsa key) : IAuditCheckpointSigner
    {
        public (string Signature, string PublicKey) Sign(long lastSequence, string lastHash, long time) =>
            AuditCheckpointPayload.Sign(key, lastSequence, lastHash, time);
    }
}
