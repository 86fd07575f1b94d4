using System.Text;
using MedDevice.Hub.Core.Registry;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Registry.Bulk;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Registry.Bulk;

/// <summary>The bulk writer's semantics on every database: the registry's upsert rules, history, index, checkpoints, races.</summary>
public abstract class RegistryBulkComplianceTests : IAsyncLifetime
{
    private const string UdiSystem = "http://hl7.org/fhir/NamingSystem/gs1-di";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_000));
    private SqlDialect _dialect = null!;
    private GroupCommitWriter? _writer;
    private RegistryStore _store = null!;
    private RegistryBulkWriter _bulk = null!;

    protected abstract StorageOptions Options { get; }

    /// <summary><paramref name="count"/> minimal devices, each with a UDI-DI key and one identifier token.</summary>
    protected static List<DeviceWrite> MinimalDevices(int count)
    {
        var json = Encoding.UTF8.GetBytes("""{"resourceType":"Device","status":"active"}""");
        return Enumerable.Range(1, count).Select(i => new DeviceWrite(null, $"urn:test|{i:D14}", null, "active", json)
        {
            Tokens = [new DeviceTokenValue(DeviceSearchParameters.Identifier, "urn:test", i.ToString("D14", System.Globalization.CultureInfo.InvariantCulture))],
        }).ToList();
    }

    public virtual async Task InitializeAsync()
    {
        _dialect = SqlDialect.Create(Options);
        await new MigrationRunner(_dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);
        _writer = new GroupCommitWriter(_dialect, _dialect.Provider == StorageProvider.Sqlite ? 1 : 4, maxBatch: 8);
        _store = new RegistryStore(_dialect, _writer, _time);
        _bulk = new RegistryBulkWriter(_dialect, _time);
    }

    public virtual async Task DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        (_dialect as IDisposable)?.Dispose();
    }

    [Fact]
    public async Task WriteAsync_NewDevices_CreatesVersionOneWithHistoryAndSearchableIndex()
    {
        var results = await _bulk.WriteAsync([Write(1, "Máy thở xâm nhập"), Write(2, "Bơm tiêm điện"), Write(3, "Máy siêu âm", registration: "2400123ĐKLH/BYT-HTTB")], CancellationToken.None);

        results.Select(r => r.Outcome).ShouldAllBe(o => o == DeviceWriteOutcome.Created);
        results.Select(r => r.VersionId).ShouldAllBe(v => v == 1);
        var ventilator = (await _store.GetAsync(results[0].Id!, CancellationToken.None)).ShouldNotBeNull();
        ventilator.UdiDiKey.ShouldBe(UdiKey(1));
        ventilator.LastUpdated.ShouldBe(1_800_000_000_000);
        Encoding.UTF8.GetString(ventilator.Resource).ShouldContain("Máy thở xâm nhập");
        (await _store.HistoryAsync(results[0].Id!, CancellationToken.None)).Select(v => v.VersionId).ShouldBe([1]);
        (await _store.SearchIdsAsync(DeviceSearchParameters.DeviceName, "may", CancellationToken.None)).Order().ShouldBe(new[] { results[0].Id!, results[2].Id! }.Order());
        (await _store.SearchIdsAsync(DeviceSearchParameters.DeviceName, "MÁY THỞ", CancellationToken.None)).ShouldBe([results[0].Id!]);
        (await _store.SearchByTokenAsync(DeviceSearchParameters.Identifier, UdiSystem, Di(2), CancellationToken.None)).ShouldBe([results[1].Id!]);
        (await _store.FindByBusinessKeyAsync(null, "2400123ĐKLH/BYT-HTTB", CancellationToken.None)).ShouldNotBeNull().Id.ShouldBe(results[2].Id);
    }

    [Fact]
    public async Task WriteAsync_SameRowsTwice_SecondRunIsUnchangedWithoutNewVersions()
    {
        var rows = Enumerable.Range(0, 50).Select(i => Write(i, $"Máy thở {i}")).ToList();
        var first = await _bulk.WriteAsync(rows, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));

        var second = await _bulk.WriteAsync(rows, CancellationToken.None);

        second.Select(r => r.Outcome).ShouldAllBe(o => o == DeviceWriteOutcome.Unchanged);
        second.Select(r => r.Id).ShouldBe(first.Select(r => r.Id));
        second.Select(r => r.VersionId).ShouldAllBe(v => v == 1);
        (await CountAsync("SELECT COUNT(*) FROM devices")).ShouldBe(50);
        (await CountAsync("SELECT COUNT(*) FROM device_history")).ShouldBe(50);
        (await _store.GetAsync(first[0].Id!, CancellationToken.None)).ShouldNotBeNull().LastUpdated.ShouldBe(1_800_000_000_000);
    }

    [Fact]
    public async Task WriteAsync_ChangedContent_StoresNextVersionKeepsHistoryAndReplacesIndex()
    {
        var created = (await _bulk.WriteAsync([Write(7, "Máy thở A")], CancellationToken.None))[0];
        _time.Advance(TimeSpan.FromSeconds(5));

        var results = await _bulk.WriteAsync([Write(7, "Bơm tiêm B", status: "inactive"), Write(8, "Máy đo huyết áp")], CancellationToken.None);

        results[0].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, created.Id, 2));
        results[1].Outcome.ShouldBe(DeviceWriteOutcome.Created);
        var current = (await _store.GetAsync(created.Id!, CancellationToken.None)).ShouldNotBeNull();
        current.Status.ShouldBe("inactive");
        current.LastUpdated.ShouldBe(1_800_000_005_000);
        (await _store.HistoryAsync(created.Id!, CancellationToken.None)).Select(v => v.VersionId).ShouldBe([2, 1]);
        Encoding.UTF8.GetString((await _store.GetVersionAsync(created.Id!, 1, CancellationToken.None)).ShouldNotBeNull().Resource).ShouldContain("Máy thở A");
        (await _store.SearchIdsAsync(DeviceSearchParameters.DeviceName, "may tho", CancellationToken.None)).ShouldBeEmpty();
        (await _store.SearchIdsAsync(DeviceSearchParameters.DeviceName, "bom tiem", CancellationToken.None)).ShouldBe([created.Id!]);
        (await CountAsync($"SELECT COUNT(*) FROM device_search_tokens WHERE device_id = '{created.Id}'")).ShouldBe(1);
    }

    [Fact]
    public async Task WriteAsync_SameKeyTwiceInOneBatch_AppliesRowsInOrder()
    {
        var results = await _bulk.WriteAsync(
            [Write(9, "Máy thở v1"), Write(10, "Khác"), Write(9, "Máy thở v2", registration: "2500001ĐKLH/BYT-HTTB"), Write(11, "Khác nữa", registration: "2500001ĐKLH/BYT-HTTB")],
            CancellationToken.None);

        results[0].Outcome.ShouldBe(DeviceWriteOutcome.Created);
        results[2].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, results[0].Id, 2));
        // Row 4 comes after row 3 gave device 9 the registration number: its UDI-DI (11) is new, the number is taken → one device, updated.
        results[3].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, results[0].Id, 3));
        var device = (await _store.GetAsync(results[0].Id!, CancellationToken.None)).ShouldNotBeNull();
        device.UdiDiKey.ShouldBe(UdiKey(11));
        device.RegistrationNumber.ShouldBe("2500001ĐKLH/BYT-HTTB");
        (await CountAsync("SELECT COUNT(*) FROM devices")).ShouldBe(2);
    }

    [Fact]
    public async Task WriteAsync_OneDeviceThroughTwoKeysInOneBatch_AppliesRowsInOrder()
    {
        var created = (await _bulk.WriteAsync([Write(12, "Gốc", registration: "2500002ĐKLH/BYT-HTTB")], CancellationToken.None))[0];

        var results = await _bulk.WriteAsync(
            [Write(12, "Theo UDI"), Write(13, "Theo số lưu hành", registration: "2500002ĐKLH/BYT-HTTB"), Write(12, "Lần ba", registration: "2500002ĐKLH/BYT-HTTB")],
            CancellationToken.None);

        results[0].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, created.Id, 2));
        results[1].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, created.Id, 3));
        // Row 2 moved the device to UDI-DI 13, so row 3's UDI-DI 12 is free again and its number still names the device.
        results[2].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, created.Id, 4));
        (await _store.HistoryAsync(created.Id!, CancellationToken.None)).Select(v => v.VersionId).ShouldBe([4, 3, 2, 1]);
        (await CountAsync("SELECT COUNT(*) FROM devices")).ShouldBe(1);
    }

    [Fact]
    public async Task WriteAsync_KeysOfTwoDevicesOrRevokedDevice_WritesNothingForThoseRows()
    {
        var first = await _bulk.WriteAsync([Write(20, "A"), Write(21, "B", registration: "REG-21"), Write(22, "C")], CancellationToken.None);
        await _store.RevokeAsync(first[2].Id!);

        var results = await _bulk.WriteAsync([Write(20, "A2", registration: "REG-21"), Write(22, "C2"), Write(23, "D")], CancellationToken.None);

        results[0].Outcome.ShouldBe(DeviceWriteOutcome.KeyConflict);
        results[1].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Revoked, first[2].Id, 2));
        results[2].Outcome.ShouldBe(DeviceWriteOutcome.Created);
        (await _store.GetAsync(first[0].Id!, CancellationToken.None)).ShouldNotBeNull().VersionId.ShouldBe(1);
        (await _store.HistoryAsync(first[2].Id!, CancellationToken.None)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task WriteAsync_Checkpoint_IsCommittedWithTheBatchAndSeesResults()
    {
        var checkpoints = new ImportCheckpointStore(_dialect);
        IReadOnlyList<DeviceWriteResult>? seen = null;
        var rows = new[] { Write(30, "A"), Write(31, "B") }.Select(_bulk.Prepare).ToList();

        await _bulk.WriteAsync(rows, results =>
        {
            seen = results;
            return new BulkCheckpoint("source-1", "/data/file.ndjson", 4096, 2, """{"created":2}""");
        }, CancellationToken.None);
        await _bulk.WriteAsync(rows, _ => new BulkCheckpoint("source-1", "/data/file.ndjson", 8192, 4, """{"created":2,"unchanged":2}"""), CancellationToken.None);

        seen.ShouldNotBeNull().Select(r => r.Outcome).ShouldAllBe(o => o == DeviceWriteOutcome.Created);
        var checkpoint = (await checkpoints.GetAsync("source-1", CancellationToken.None)).ShouldNotBeNull();
        checkpoint.ShouldBe(new BulkCheckpoint("source-1", "/data/file.ndjson", 8192, 4, """{"created":2,"unchanged":2}""", 1_800_000_000_000));
        await checkpoints.DeleteAsync("source-1", CancellationToken.None);
        (await checkpoints.GetAsync("source-1", CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task WriteAsync_ConcurrentBulkBatchesAndSingleUpserts_StoreOneDevicePerKey()
    {
        const int Keys = 80;
        var forward = Enumerable.Range(0, Keys).Select(i => Write(100 + i, $"Bulk A {i}")).ToList();
        var backward = Enumerable.Range(0, Keys).Reverse().Select(i => Write(100 + i, $"Bulk B {i}")).ToList();

        var bulkA = Task.Run(() => _bulk.WriteAsync(forward, CancellationToken.None));
        var bulkB = Task.Run(() => _bulk.WriteAsync(backward, CancellationToken.None));
        var singles = Enumerable.Range(0, Keys).Select(i => Task.Run(() => _store.UpsertByBusinessKeyAsync(Write(100 + i, $"Single {i}")))).ToList();
        var bulkResults = (await bulkA).Concat(await bulkB).ToList();
        var singleResults = await Task.WhenAll(singles);

        (await CountAsync("SELECT COUNT(*) FROM devices")).ShouldBe(Keys);
        (await CountAsync("SELECT COUNT(DISTINCT udi_di_key) FROM devices")).ShouldBe(Keys);
        (bulkResults.Count(r => r.Created) + singleResults.Count(r => r.Created)).ShouldBe(Keys);
        bulkResults.ShouldAllBe(r => r.Outcome == DeviceWriteOutcome.Created || r.Outcome == DeviceWriteOutcome.Updated);
        // Every version of every device is in the history exactly once.
        (await CountAsync("SELECT COUNT(*) FROM devices d WHERE d.version_id <> (SELECT COUNT(*) FROM device_history h WHERE h.id = d.id)")).ShouldBe(0);
        (await CountAsync("SELECT COUNT(*) FROM device_search_tokens")).ShouldBe(Keys);
    }

    [Fact]
    public async Task WriteAsync_ProtectedPayloads_StoresCiphertextTheStoreReadsAndRepeatsAreUnchanged()
    {
        using var protector = new AesGcmPayloadProtector(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var bulk = new RegistryBulkWriter(_dialect, _time, protector);
        var store = new RegistryStore(_dialect, _writer!, _time, protector);

        var created = await bulk.WriteAsync([Write(40, "Máy thở mã hóa")], CancellationToken.None);
        var again = await bulk.WriteAsync([Write(40, "Máy thở mã hóa")], CancellationToken.None);
        var single = await store.UpsertByBusinessKeyAsync(Write(40, "Máy thở mã hóa"));

        again[0].Outcome.ShouldBe(DeviceWriteOutcome.Unchanged);
        single.Outcome.ShouldBe(DeviceWriteOutcome.Unchanged);
        Encoding.UTF8.GetString((await store.GetAsync(created[0].Id!, CancellationToken.None)).ShouldNotBeNull().Resource).ShouldContain("Máy thở mã hóa");
        (await CountAsync("SELECT COUNT(*) FROM devices WHERE resource LIKE '%thở%'")).ShouldBe(0);
        (await _store.GetAsync(created[0].Id!, CancellationToken.None)).ShouldNotBeNull().Resource.AsSpan(0, 4).ToArray().ShouldBe("MDH1"u8.ToArray());
    }

    [Fact]
    public async Task WriteAsync_ExpectedVersionAndHooks_BehaveAsTheStore()
    {
        var seen = new List<(DeviceWriteOutcome Outcome, long Now, long Rows)>();
        DeviceWriteHook hook = async (connection, transaction, result, now, ct) =>
        {
            // Runs inside the batch's transaction: the device row is already visible there.
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT COUNT(*) FROM devices";
            seen.Add((result.Outcome, now, Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture)));
        };
        var created = await _bulk.WriteAsync([Write(50, "A") with { AfterWrite = hook }], CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(3));

        var results = await _bulk.WriteAsync(
            [Write(50, "A") with { AfterWrite = hook }, Write(51, "B") with { ExpectedVersion = 1 }, Write(50, "A2") with { ExpectedVersion = 2 }],
            CancellationToken.None);
        var matched = await _bulk.WriteAsync([Write(50, "A3") with { ExpectedVersion = 1, AfterWrite = hook }], CancellationToken.None);

        results[0].Outcome.ShouldBe(DeviceWriteOutcome.Unchanged);
        results[1].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.VersionConflict, null, 0));
        results[2].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.VersionConflict, created[0].Id, 1));
        matched[0].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, created[0].Id, 2));
        seen.ShouldBe([(DeviceWriteOutcome.Created, 1_800_000_000_000, 1), (DeviceWriteOutcome.Unchanged, 1_800_000_000_000, 1), (DeviceWriteOutcome.Updated, 1_800_000_003_000, 1)]);
    }

    [Fact]
    public async Task WriteAsync_InstanceKey_MatchesTheInstanceDevice()
    {
        var instance = Write(60, "Stent lô L1") with { UdiDiKey = null, InstanceKey = UdiKey(60) + "|L1|" };

        var first = await _bulk.WriteAsync([instance], CancellationToken.None);
        var second = await _bulk.WriteAsync([instance with { Status = "inactive" }], CancellationToken.None);

        first[0].Outcome.ShouldBe(DeviceWriteOutcome.Created);
        second[0].ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, first[0].Id, 2));
        (await CountAsync($"SELECT COUNT(*) FROM devices WHERE instance_key = '{UdiKey(60)}|L1|'")).ShouldBe(1);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Di(int n) => n.ToString("00000000000000", System.Globalization.CultureInfo.InvariantCulture);

    private static string UdiKey(int n) => $"{UdiSystem}|{Di(n)}";

    private static DeviceWrite Write(int udi, string name, string? registration = null, string status = "active")
    {
        var json = $$"""{"resourceType":"Device","status":"{{status}}","deviceName":[{"name":"{{name}}","type":"user-friendly-name"}]}""";
        return new DeviceWrite(null, UdiKey(udi), registration, status, Encoding.UTF8.GetBytes(json))
        {
            Tokens = [new DeviceTokenValue(DeviceSearchParameters.Identifier, UdiSystem, Di(udi))],
            Strings = [new DeviceStringValue(DeviceSearchParameters.DeviceName, name)],
        };
    }
}
