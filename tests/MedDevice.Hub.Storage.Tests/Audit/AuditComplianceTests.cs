using System.Security.Cryptography;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Storage.Audit;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Audit;

/// <summary>The audit chain every database must keep: strict sequence under concurrency, checkpoints, signing gaps.</summary>
public abstract class AuditComplianceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_000));
    private readonly List<IAsyncDisposable> _owned = [];

    protected abstract StorageOptions Options { get; }

    protected SqlDialect Dialect { get; private set; } = null!;

    protected AuditStore Store { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Dialect = SqlDialect.Create(Options);
        await new MigrationRunner(Dialect, _time).ApplyAsync(CancellationToken.None);
        Store = new AuditStore(Dialect);
    }

    public virtual async Task DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        (Dialect as IDisposable)?.Dispose();
    }

    [Fact]
    public async Task AppendAsync_ConcurrentCallers_ProduceOneIntactChain()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var appender = Appender(new KeySigner(key), checkpointEvery: 50);

        var entries = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => appender.AppendAsync(Event(i)))));
        var result = await Store.VerifyAsync(null, CancellationToken.None);

        entries.Select(e => e.Sequence).Order().ShouldBe(Enumerable.Range(1, 400).Select(i => (long)i));
        result.FirstBreak.ShouldBeNull();
        result.EntriesChecked.ShouldBe(400);
        result.CheckpointsVerified.ShouldBe(8);
    }

    [Fact]
    public async Task AppendAsync_TwoAppendersOnOneDatabase_KeepOneChain()
    {
        var first = Appender(null, checkpointEvery: 1000);
        var second = Appender(null, checkpointEvery: 1000);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? first : second).AppendAsync(Event(i))));
        var result = await Store.VerifyAsync(null, CancellationToken.None);

        result.FirstBreak.ShouldBeNull();
        result.EntriesChecked.ShouldBe(200);
    }

    [Fact]
    public async Task CheckpointAsync_OnDemand_SignsTheLastEntry()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var appender = Appender(new KeySigner(key), checkpointEvery: 1000);
        await appender.AppendAsync(Event(1));
        var last = await appender.AppendAsync(Event(2));

        var checkpoint = await appender.CheckpointAsync();
        var stored = await Store.ReadCheckpointsAsync(CancellationToken.None);

        checkpoint.ShouldNotBeNull();
        stored.ShouldHaveSingleItem().ShouldBe(checkpoint);
        checkpoint.LastSequence.ShouldBe(last.Sequence);
        checkpoint.LastHash.ShouldBe(last.Hash);
        checkpoint.PublicKey.ShouldBe(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()));
        AuditCheckpointPayload.VerifySignature(checkpoint).ShouldBeTrue();
    }

    [Fact]
    public async Task CheckpointAsync_SignerFails_StoresUnsignedCheckpointAndAppendsGoOn()
    {
        var appender = Appender(new FailingSigner(), checkpointEvery: 2);

        await appender.AppendAsync(Event(1));
        await appender.AppendAsync(Event(2));
        await appender.AppendAsync(Event(3));
        var stored = await Store.ReadCheckpointsAsync(CancellationToken.None);
        var result = await Store.VerifyAsync(null, CancellationToken.None);

        var gap = stored.ShouldHaveSingleItem();
        gap.Status.ShouldBe(AuditCheckpointStatus.UnsignedStatus);
        gap.Reason!.ShouldContain("HSM offline");
        result.Intact.ShouldBeTrue();
        result.EntriesChecked.ShouldBe(3);
        result.UnsignedCheckpoints.ShouldBe(1);
    }

    [Fact]
    public async Task CheckpointAsync_EmptyLog_ReturnsNull()
    {
        var appender = Appender(null, checkpointEvery: 10);

        (await appender.CheckpointAsync()).ShouldBeNull();
    }

    private AuditAppender Appender(IAuditCheckpointSigner? signer, int checkpointEvery)
    {
        var writer = new GroupCommitWriter(Dialect, Dialect.Provider == StorageProvider.Sqlite ? 1 : 3, maxBatch: 16);
        var appender = new AuditAppender(Store, writer, _time, new AuditAppenderOptions { CheckpointEvery = checkpointEvery, MaxBatch = 32 }, signer);
        _owned.Add(writer);
        _owned.Add(appender);
        return appender;
    }

    private static AuditEvent Event(int i) =>
        new($"partner-{i % 7}", AuditActions.InboundDeny, "registry.device", AuditOutcomes.Denied, DetailsHash: AuditHash.OfDetails($"status=403;n={i}"));

    private sealed class KeySigner(ECDsa key) : IAuditCheckpointSigner
    {
        public (string Signature, string PublicKey) Sign(long lastSequence, string lastHash, long time) =>
            AuditCheckpointPayload.Sign(key, lastSequence, lastHash, time);
    }

    private sealed class FailingSigner : IAuditCheckpointSigner
    {
        public (string Signature, string PublicKey) Sign(long lastSequence, string lastHash, long time) =>
            throw new CryptographicException("HSM offline");
    }
}
