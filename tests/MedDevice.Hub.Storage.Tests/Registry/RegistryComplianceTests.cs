using MedDevice.Hub.Core.Registry;
using System.Text;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Registry;

/// <summary>The device registry semantics every database must show: one device per business key, versions, revocation, search.</summary>
public abstract class RegistryComplianceTests : IAsyncLifetime
{
    private const string UdiSystem = "urn:oid:1.3.6.1.4.1.435.1";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_000));
    private GroupCommitWriter? _writer;
    private RegistryStore _store = null!;

    protected abstract StorageOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        var dialect = SqlDialect.Create(Options);
        await new MigrationRunner(dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);
        _writer = new GroupCommitWriter(dialect, dialect.Provider == StorageProvider.Sqlite ? 1 : 4, maxBatch: 8);
        _store = new RegistryStore(dialect, _writer, _time);
    }

    public virtual async Task DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    [Fact]
    public async Task UpsertByBusinessKeyAsync_ConcurrentCreatesSameUdiDi_StoreOneDevice()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|08717648200274", name: $"Máy thở {i}") with { OnExisting = ExistingDevicePolicy.Keep })));

        results.Count(r => r.Created).ShouldBe(1);
        results.Count(r => r.Outcome == DeviceWriteOutcome.Existing).ShouldBe(49);
        results.Select(r => r.Id).Distinct().Count().ShouldBe(1);
        var found = await _store.FindByBusinessKeyAsync("GS1|08717648200274", null, CancellationToken.None);
        found.ShouldNotBeNull().Id.ShouldBe(results[0].Id);
        found.VersionId.ShouldBe(1);
        (await _store.HistoryAsync(found.Id, CancellationToken.None)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task UpsertByBusinessKeyAsync_ConcurrentInstancesSameLotAndSerial_StoreOneDeviceBesideTheRegistryEntry()
    {
        var entry = await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|08717648200274", name: "Stent"));
        const string instanceKey = "GS1|08717648200274|lot=L1|sn=S1";
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            _store.UpsertByBusinessKeyAsync(Write(name: "Stent L1 S1") with { InstanceKey = instanceKey, OnExisting = ExistingDevicePolicy.Keep })));

        results.Count(r => r.Created).ShouldBe(1);
        results.Select(r => r.Id).Distinct().ShouldHaveSingleItem().ShouldNotBe(entry.Id);
        var other = await _store.UpsertByBusinessKeyAsync(Write(name: "Stent L1 S2") with { InstanceKey = "GS1|08717648200274|lot=L1|sn=S2" });
        other.Outcome.ShouldBe(DeviceWriteOutcome.Created);
    }

    [Fact]
    public async Task UpsertByBusinessKeyAsync_ConcurrentUpsertsSameRegistrationNumber_StoreOneDeviceWithEveryVersion()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            _store.UpsertByBusinessKeyAsync(Write(registration: "2400123ĐKLH/BYT-HTTB", name: $"Bơm tiêm {i}"))));

        results.Count(r => r.Created).ShouldBe(1);
        results.Count(r => r.Outcome == DeviceWriteOutcome.Updated).ShouldBe(49);
        var id = results.Select(r => r.Id).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        results.Select(r => r.VersionId).Order().ShouldBe(Enumerable.Range(1, 50));
        var device = (await _store.GetAsync(id, CancellationToken.None)).ShouldNotBeNull();
        device.VersionId.ShouldBe(50);
        (await _store.HistoryAsync(id, CancellationToken.None)).Select(v => v.VersionId).ShouldBe(Enumerable.Range(1, 50).Reverse());
    }

    [Fact]
    public async Task UpsertByBusinessKeyAsync_Update_BumpsVersionKeepsEveryVersionAndReplacesIndex()
    {
        var created = await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|1", name: "Máy thở A"));
        _time.Advance(TimeSpan.FromSeconds(5));
        var updated = await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|1", name: "Bơm tiêm B", status: "inactive"));

        created.Outcome.ShouldBe(DeviceWriteOutcome.Created);
        updated.ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, created.Id, 2));
        var id = created.Id.ShouldNotBeNull();
        var current = (await _store.GetAsync(id, CancellationToken.None)).ShouldNotBeNull();
        current.Status.ShouldBe("inactive");
        current.LastUpdated.ShouldBe(1_800_000_005_000);
        Encoding.UTF8.GetString(current.Resource).ShouldContain("Bơm tiêm B");
        var history = await _store.HistoryAsync(id, CancellationToken.None);
        history.Select(v => v.VersionId).ShouldBe([2, 1]);
        Encoding.UTF8.GetString((await _store.GetVersionAsync(id, 1, CancellationToken.None)).ShouldNotBeNull().Resource).ShouldContain("Máy thở A");
        (await _store.GetVersionAsync(id, 3, CancellationToken.None)).ShouldBeNull();
        (await _store.SearchIdsAsync("device-name", "may tho", CancellationToken.None)).ShouldBeEmpty();
        (await _store.SearchIdsAsync("device-name", "bom", CancellationToken.None)).ShouldBe([id]);
    }

    [Fact]
    public async Task RevokeAsync_KeepsKeys_NewCreateReturnsRevokedDevice()
    {
        var created = await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|2", registration: "REG-2", name: "Máy thở"));
        var id = created.Id.ShouldNotBeNull();

        var revoked = await _store.RevokeAsync(id);
        var again = await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|2", name: "Máy thở"));
        var byRegistration = await _store.UpsertByBusinessKeyAsync(Write(registration: "REG-2", name: "Máy thở"));

        revoked.ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Updated, id, 2));
        again.ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Revoked, id, 2));
        byRegistration.ShouldBe(new DeviceWriteResult(DeviceWriteOutcome.Revoked, id, 2));
        var device = (await _store.GetAsync(id, CancellationToken.None)).ShouldNotBeNull();
        device.Deleted.ShouldBeTrue();
        device.UdiDiKey.ShouldBe("GS1|2");
        device.RegistrationNumber.ShouldBe("REG-2");
        (await _store.HistoryAsync(id, CancellationToken.None)).Select(v => v.Deleted).ShouldBe([true, false]);
        (await _store.SearchIdsAsync("device-name", "may", CancellationToken.None)).ShouldBeEmpty();
        (await _store.RevokeAsync("unknown")).ShouldBeNull();
    }

    [Fact]
    public async Task UpsertByBusinessKeyAsync_KeysOfTwoDevices_IsKeyConflict()
    {
        await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|3", name: "A"));
        await _store.UpsertByBusinessKeyAsync(Write(registration: "REG-3", name: "B"));
        var known = await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|4", name: "C"));

        (await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|3", registration: "REG-3", name: "AB"))).Outcome.ShouldBe(DeviceWriteOutcome.KeyConflict);
        (await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|4", name: "C") with { Id = "other-id" })).Outcome.ShouldBe(DeviceWriteOutcome.KeyConflict);
        (await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|4", name: "C2") with { Id = known.Id })).Outcome.ShouldBe(DeviceWriteOutcome.Updated);
    }

    [Fact]
    public async Task SearchIdsAsync_FoldedPrefix_FindsAccentedName()
    {
        var ventilator = await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|5", name: "Máy thở xâm nhập"));
        await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|6", name: "Máy đo huyết áp"));
        await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|7", name: "may_tho%"));

        (await _store.SearchIdsAsync("device-name", "may tho", CancellationToken.None)).ShouldBe([ventilator.Id!]);
        (await _store.SearchIdsAsync("device-name", "MÁY THỞ X", CancellationToken.None)).ShouldBe([ventilator.Id!]);
        (await _store.SearchIdsAsync("device-name", "may", CancellationToken.None)).Count.ShouldBe(3);
        (await _store.SearchIdsAsync("device-name", "may do", CancellationToken.None)).Count.ShouldBe(1);
        (await _store.SearchIdsAsync("manufacturer", "may", CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchByTokenAsync_SystemAndCode_FindsDevice()
    {
        var first = await _store.UpsertByBusinessKeyAsync(Write(udi: "GS1|08717648200274", name: "A"));
        await _store.UpsertByBusinessKeyAsync(Write(udi: "HIBCC|A123PROD1", name: "B") with { Tokens = [new("identifier", "urn:other", "08717648200274")] });

        (await _store.SearchByTokenAsync("identifier", UdiSystem, "08717648200274", CancellationToken.None)).ShouldBe([first.Id!]);
        (await _store.SearchByTokenAsync("identifier", null, "08717648200274", CancellationToken.None)).Count.ShouldBe(2);
        (await _store.SearchByTokenAsync("identifier", "urn:none", "08717648200274", CancellationToken.None)).ShouldBeEmpty();
    }

    private static DeviceWrite Write(string? udi = null, string? registration = null, string name = "Thiết bị", string status = "active")
    {
        var json = $$"""{"resourceType":"Device","status":"{{status}}","deviceName":[{"name":"{{name}}","type":"user-friendly-name"}]}""";
        var tokens = udi is null ? new List<DeviceTokenValue>() : [new DeviceTokenValue("identifier", UdiSystem, udi[(udi.IndexOf('|', StringComparison.Ordinal) + 1)..])];
        return new DeviceWrite(null, udi, registration, status, Encoding.UTF8.GetBytes(json))
        {
            Tokens = tokens,
            Strings = [new DeviceStringValue("device-name", name)],
        };
    }
}
