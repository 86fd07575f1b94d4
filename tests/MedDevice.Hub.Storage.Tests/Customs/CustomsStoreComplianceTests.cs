using MedDevice.Hub.Storage.Customs;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Prices;
using MedDevice.Hub.Storage.Recalls;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Customs;

/// <summary>Recalls, reference prices and customs declaration records behave alike on every database.</summary>
public abstract class CustomsStoreComplianceTests : IAsyncLifetime
{
    private const string Gs1 = "http://hl7.org/fhir/NamingSystem/gs1-di|";
    private GroupCommitWriter? _writer;
    private SqlDialect _dialect = null!;
    private RecallStore _recalls = null!;
    private ReferencePriceStore _prices = null!;
    private CustomsDeclarationStore _declarations = null!;

    protected abstract StorageOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        _dialect = SqlDialect.Create(Options);
        await new MigrationRunner(_dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);
        _writer = new GroupCommitWriter(_dialect, _dialect.Provider == StorageProvider.Sqlite ? 1 : 4, maxBatch: 8);
        _recalls = new RecallStore(_dialect, _writer);
        _prices = new ReferencePriceStore(_dialect, _writer);
        _declarations = new CustomsDeclarationStore(_dialect);
    }

    public virtual async Task DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    [Fact]
    public async Task Recalls_AddedForKeys_FoundByKeyAndListedNewestFirst()
    {
        var lot = await _recalls.AddAsync(Gs1 + "08930000000033", "R003", "Bóng rò rỉ", 1_000, "ops", 2_000);
        var all = await _recalls.AddAsync(Gs1 + "08930000000033", null, "Every lot", 3_000, "ops", 4_000);
        await _recalls.AddAsync(Gs1 + "08930000000019", "A1", "Other device", 5_000, "ops", 6_000);

        var found = await _recalls.FindAsync([Gs1 + "08930000000033", Gs1 + "08930000000057"], CancellationToken.None);
        var listed = await _recalls.ListAsync(null, 2, CancellationToken.None);
        var byKey = await _recalls.ListAsync(Gs1 + "08930000000033", 10, CancellationToken.None);

        found.ShouldBe([lot, all]);
        listed.Select(r => r.Reason).ShouldBe(["Other device", "Every lot"]);
        byKey.Select(r => r.Id).ShouldBe([all.Id, lot.Id]);
        lot.Id.ShouldBeLessThan(all.Id);
    }

    [Fact]
    public async Task ReferencePrices_Upserted_LatestWinsFoundByAnyKeyAndPagedByKey()
    {
        await _prices.UpsertAsync(new ReferencePrice(Gs1 + "08930000000019", 10_000_000, "VND", "registry", 1));
        await _prices.UpsertAsync(new ReferencePrice(Gs1 + "08930000000019", 9_500_000, "VND", "award", 2));
        await _prices.UpsertAsync(new ReferencePrice("2500001ĐKLH/BYT-HTTB", 12_000_000, "VND", "listed", 3));

        var found = await _prices.FindAsync([Gs1 + "08930000000019", "2500001ĐKLH/BYT-HTTB", "unknown"], CancellationToken.None);
        var first = await _prices.FindFirstAsync(["unknown", "2500001ĐKLH/BYT-HTTB", Gs1 + "08930000000019"], CancellationToken.None);
        var page = await _prices.ListAsync("", 1, CancellationToken.None);
        var next = await _prices.ListAsync(page[0].Key, 10, CancellationToken.None);

        found.Count.ShouldBe(2);
        found[Gs1 + "08930000000019"].ShouldBe(new ReferencePrice(Gs1 + "08930000000019", 9_500_000, "VND", "award", 2));
        first!.Source.ShouldBe("listed");
        page.Count.ShouldBe(1);
        next.Select(p => p.Key).ShouldNotContain(page[0].Key);
        page.Concat(next).Count().ShouldBe(2);
    }

    [Fact]
    public async Task Declarations_LinesAndDevices_RoundTripAndLiveReferencesCounted()
    {
        await _writer!.WriteAsync(async (connection, transaction, ct) =>
        {
            await _declarations.UpsertDeclarationAsync(connection, transaction,
                new CustomsDeclarationRecord("10302752870", "103027528700", "vn-customs", "0100109106", "03CC", CustomsDeclarationRecord.Declared, 0, "GREEN", "H1", 10, 10), ct);
            await _declarations.UpsertLineAsync(connection, transaction, new CustomsLineRecord("10302752870", 1, CustomsLineRecord.Active, "GREEN", "", "h1", 10),
                [new CustomsLineDevice("10302752870", 1, "device-a", CustomsLineDevice.Instance)], ct);
            await _declarations.UpsertLineAsync(connection, transaction, new CustomsLineRecord("10302752870", 2, CustomsLineRecord.Active, "RED", "CUS-LINE-002", "h2", 10),
                [new CustomsLineDevice("10302752870", 2, "device-a", CustomsLineDevice.Instance), new CustomsLineDevice("10302752870", 2, "entry-b", CustomsLineDevice.Entry)], ct);
            await _declarations.UpsertLineAsync(connection, transaction, new CustomsLineRecord("10302752880", 1, CustomsLineRecord.Cancelled, "GREEN", "", "h3", 10),
                [new CustomsLineDevice("10302752880", 1, "device-a", CustomsLineDevice.Instance)], ct);
            return 0;
        });

        var state = (await _declarations.GetAsync("10302752870", CancellationToken.None)).ShouldNotBeNull();
        state.Declaration.HubMessageId.ShouldBe("H1");
        state.Lines.Select(l => (l.LineNumber, l.Verdict, l.Reasons)).ShouldBe([(1, "GREEN", ""), (2, "RED", "CUS-LINE-002")]);
        state.Devices.Select(d => (d.LineNumber, d.DeviceId, d.Kind)).ShouldBe([(1, "device-a", "instance"), (2, "device-a", "instance"), (2, "entry-b", "entry")]);
        (await _declarations.GetAsync("99999999999", CancellationToken.None)).ShouldBeNull();
        var fromOther = await _writer.WriteAsync((connection, transaction, ct) => _declarations.CountOtherLiveLinesAsync(connection, transaction, "device-a", "10302752880", ct));
        var fromFirst = await _writer.WriteAsync((connection, transaction, ct) => _declarations.CountOtherLiveLinesAsync(connection, transaction, "device-a", "10302752870", ct));
        fromOther.ShouldBe(2); // both live lines of the first declaration hold it
        fromFirst.ShouldBe(0); // the other declaration's line holding it is cancelled
    }

    [Fact]
    public async Task Declarations_ManyLinesUpsertedAtOnce_ReplaceTheirDevicesOnly()
    {
        await _writer!.WriteAsync(async (connection, transaction, ct) =>
        {
            await _declarations.UpsertLinesAsync(connection, transaction, "10302752900",
                [new CustomsLineRecord("10302752900", 1, CustomsLineRecord.Active, "GREEN", "", "a", 0), new CustomsLineRecord("10302752900", 2, CustomsLineRecord.Active, "GREEN", "", "b", 0),
                 new CustomsLineRecord("10302752900", 3, CustomsLineRecord.Active, "RED", "CUS-LINE-002", "c", 0)],
                [new CustomsLineDevice("10302752900", 1, "d1", CustomsLineDevice.Instance), new CustomsLineDevice("10302752900", 2, "d2", CustomsLineDevice.Instance),
                 new CustomsLineDevice("10302752900", 3, "e3", CustomsLineDevice.Entry)], 10, ct);
            return 0;
        });
        await _writer.WriteAsync(async (connection, transaction, ct) =>
        {
            await _declarations.UpsertLinesAsync(connection, transaction, "10302752900",
                [new CustomsLineRecord("10302752900", 2, CustomsLineRecord.Cancelled, "GREEN", "", "b", 0), new CustomsLineRecord("10302752900", 3, CustomsLineRecord.Active, "YELLOW", "CUS-LINE-015", "c2", 0)],
                [new CustomsLineDevice("10302752900", 3, "d3", CustomsLineDevice.Instance)], 20, ct);
            await _declarations.UpsertDeclarationAsync(connection, transaction,
                new CustomsDeclarationRecord("10302752900", "103027529000", "vn-customs", "0100109106", "03CC", CustomsDeclarationRecord.Amended, 0, "YELLOW", "H", 10, 20), ct);
            return 0;
        });

        var state = (await _declarations.GetAsync("10302752900", CancellationToken.None)).ShouldNotBeNull();
        state.Lines.Select(l => (l.LineNumber, l.State, l.Verdict, l.ContentSha256, l.UpdatedAt)).ShouldBe(
            [(1, "active", "GREEN", "a", 10L), (2, "cancelled", "GREEN", "b", 20L), (3, "active", "YELLOW", "c2", 20L)]);
        state.Devices.Select(d => (d.LineNumber, d.DeviceId)).ShouldBe([(1, "d1"), (3, "d3")]);
    }

    [Fact]
    public async Task Declarations_LineUpserted_ReplacesItsDevicesAndState()
    {
        await _writer!.WriteAsync(async (connection, transaction, ct) =>
        {
            await _declarations.UpsertDeclarationAsync(connection, transaction,
                new CustomsDeclarationRecord("10302752890", "103027528900", "vn-customs", "0100109106", "03CC", CustomsDeclarationRecord.Declared, 0, "GREEN", "H1", 10, 10), ct);
            await _declarations.UpsertLineAsync(connection, transaction, new CustomsLineRecord("10302752890", 1, CustomsLineRecord.Active, "GREEN", "", "h1", 10),
                [new CustomsLineDevice("10302752890", 1, "old", CustomsLineDevice.Instance)], ct);
            return 0;
        });
        await _writer.WriteAsync(async (connection, transaction, ct) =>
        {
            await _declarations.UpsertDeclarationAsync(connection, transaction,
                new CustomsDeclarationRecord("10302752890", "103027528901", "vn-customs", "0100109106", "03CC", CustomsDeclarationRecord.Amended, 1, "YELLOW", "H2", 10, 20), ct);
            await _declarations.UpsertLineAsync(connection, transaction, new CustomsLineRecord("10302752890", 1, CustomsLineRecord.Active, "YELLOW", "CUS-LINE-015", "h2", 20),
                [new CustomsLineDevice("10302752890", 1, "new", CustomsLineDevice.Instance)], ct);
            return 0;
        });

        var state = (await _declarations.GetAsync("10302752890", CancellationToken.None)).ShouldNotBeNull();
        state.Declaration.ShouldBe(new CustomsDeclarationRecord("10302752890", "103027528901", "vn-customs", "0100109106", "03CC", CustomsDeclarationRecord.Amended, 1, "YELLOW", "H2", 10, 20));
        state.Lines.ShouldHaveSingleItem().ContentSha256.ShouldBe("h2");
        state.Devices.ShouldHaveSingleItem().DeviceId.ShouldBe("new");
    }
}
