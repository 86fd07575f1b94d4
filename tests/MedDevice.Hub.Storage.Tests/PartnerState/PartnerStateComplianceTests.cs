using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.PartnerState;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.PartnerState;

/// <summary>Partner modules' keyed state behaves alike on every database: versioned writes, conflicts as values, key-ordered pages.</summary>
public abstract class PartnerStateComplianceTests : IAsyncLifetime
{
    private GroupCommitWriter? _writer;
    private SqlDialect _dialect = null!;
    private PartnerStateStore _store = null!;

    protected abstract StorageOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        _dialect = SqlDialect.Create(Options);
        await new MigrationRunner(_dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);
        _writer = new GroupCommitWriter(_dialect);
        _store = new PartnerStateStore(_dialect, _writer);
    }

    public virtual async Task DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    [Fact]
    public async Task SaveAsync_ExpectedZeroThenCurrentVersion_InsertsThenUpdates()
    {
        var inserted = await _store.SaveAsync(Write("cursor", expected: 0, """{"offset":1}""", at: 10));
        var updated = await _store.SaveAsync(Write("cursor", expected: 1, """{"offset":2}""", at: 20));

        inserted.ShouldBe(new PartnerStateWriteResult.Saved(1));
        updated.ShouldBe(new PartnerStateWriteResult.Saved(2));
        (await _store.FindAsync("customs", "feed", "cursor", CancellationToken.None))
            .ShouldBe(new PartnerStateRecord("customs", "feed", "cursor", 2, """{"offset":2}""", 20));
    }

    [Fact]
    public async Task SaveAsync_ExpectedZeroButItemExists_ReportsConflictAndKeepsTheItem()
    {
        await _store.SaveAsync(Write("cursor", expected: 0, "1", at: 10));

        var result = await _store.SaveAsync(Write("cursor", expected: 0, "2", at: 20));

        result.ShouldBe(new PartnerStateWriteResult.Conflict(1));
        (await _store.FindAsync("customs", "feed", "cursor", CancellationToken.None))!.Json.ShouldBe("1");
    }

    [Fact]
    public async Task SaveAsync_StaleOrMissingVersion_ReportsConflictWithTheStoredVersion()
    {
        await _store.SaveAsync(Write("cursor", expected: 0, "1", at: 10));
        await _store.SaveAsync(Write("cursor", expected: 1, "2", at: 20));

        var stale = await _store.SaveAsync(Write("cursor", expected: 1, "late", at: 30));
        var missing = await _store.SaveAsync(Write("nothing", expected: 3, "x", at: 30));

        stale.ShouldBe(new PartnerStateWriteResult.Conflict(2));
        missing.ShouldBe(new PartnerStateWriteResult.Conflict(null));
        (await _store.FindAsync("customs", "feed", "cursor", CancellationToken.None))!.ShouldSatisfyAllConditions(
            r => r.Version.ShouldBe(2), r => r.Json.ShouldBe("2"));
        (await _store.FindAsync("customs", "feed", "nothing", CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task ListAsync_OnePartnerAndKind_PagesInOrdinalKeyOrder()
    {
        foreach (var key in new[] { "b", "a", "B", "c", "é" })
        {
            await _store.SaveAsync(Write(key, expected: 0, "{}", at: 1));
        }

        await _store.SaveAsync(new PartnerStateWrite("customs", "other", "a0", 0, "{}", 1));
        await _store.SaveAsync(new PartnerStateWrite("tender", "feed", "a1", 0, "{}", 1));

        var first = await _store.ListAsync("customs", "feed", null, 2, CancellationToken.None);
        var second = await _store.ListAsync("customs", "feed", first.NextAfterKey, 2, CancellationToken.None);
        var last = await _store.ListAsync("customs", "feed", second.NextAfterKey, 2, CancellationToken.None);

        first.Items.Select(i => i.Key).ShouldBe(["B", "a"]);
        first.NextAfterKey.ShouldBe("a");
        second.Items.Select(i => i.Key).ShouldBe(["b", "c"]);
        last.Items.Select(i => i.Key).ShouldBe(["é"]);
        last.NextAfterKey.ShouldBeNull();
    }

    [Fact]
    public async Task SaveAsync_InACallersTransaction_CommitsOrRollsBackWithIt()
    {
        await using (var connection = await _dialect.OpenConnectionAsync(CancellationToken.None))
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            (await _store.SaveAsync(connection, transaction, Write("undone", 0, "1", 10), CancellationToken.None))
                .ShouldBe(new PartnerStateWriteResult.Saved(1));
            await transaction.RollbackAsync();
        }

        await using (var connection = await _dialect.OpenConnectionAsync(CancellationToken.None))
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // A conflict leaves the transaction usable: the write after it commits.
            (await _store.SaveAsync(connection, transaction, Write("kept", 5, "x", 10), CancellationToken.None))
                .ShouldBe(new PartnerStateWriteResult.Conflict(null));
            (await _store.SaveAsync(connection, transaction, Write("kept", 0, "1", 10), CancellationToken.None))
                .ShouldBe(new PartnerStateWriteResult.Saved(1));
            (await _store.FindAsync(connection, transaction, "customs", "feed", "kept", CancellationToken.None))!.Version.ShouldBe(1);
            await transaction.CommitAsync();
        }

        (await _store.FindAsync("customs", "feed", "undone", CancellationToken.None)).ShouldBeNull();
        (await _store.FindAsync("customs", "feed", "kept", CancellationToken.None))!.Json.ShouldBe("1");
    }

    [Fact]
    public async Task SaveAsync_JoinedToAGroupCommitWrite_CommitsWithTheOtherWork()
    {
        var result = await _writer!.WriteAsync(async (connection, transaction, ct) =>
        {
            var first = await _store.SaveAsync(connection, transaction, Write("joined", 0, "1", 10), ct);
            var second = await _store.SaveAsync(connection, transaction, Write("joined", 1, "2", 11), ct);
            return (first, second);
        });

        result.ShouldBe((new PartnerStateWriteResult.Saved(1), new PartnerStateWriteResult.Saved(2)));
        (await _store.FindAsync("customs", "feed", "joined", CancellationToken.None))!.Json.ShouldBe("2");
    }

    private static PartnerStateWrite Write(string key, int expected, string json, long at) => new("customs", "feed", key, expected, json, at);
}
