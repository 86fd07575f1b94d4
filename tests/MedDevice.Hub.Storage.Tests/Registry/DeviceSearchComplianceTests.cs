using System.Text;
using MedDevice.Hub.Core.Registry;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Hub.Storage.Registry.Search;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Registry;

/// <summary>Search semantics every database must show: string modifiers, tokens, dates, AND/OR, keyset paging, counts.</summary>
public abstract class DeviceSearchComplianceTests : IAsyncLifetime
{
    private const long Start = 1_800_000_000_000;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeMilliseconds(Start));
    private GroupCommitWriter? _writer;
    private RegistryStore _store = null!;
    private DeviceSearch _search = null!;
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    protected abstract StorageOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        var dialect = SqlDialect.Create(Options);
        await new MigrationRunner(dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);
        _writer = new GroupCommitWriter(dialect, dialect.Provider == StorageProvider.Sqlite ? 1 : 4, maxBatch: 8);
        _store = new RegistryStore(dialect, _writer, _time);
        _search = new DeviceSearch(dialect, _time);

        await AddAsync("ventilator", "Máy thở chức năng cao", "C", "0100109106", serial: null);
        await AddAsync("ventilator-2", "Máy thở xách tay", "B", "0100109106", serial: null);
        await AddAsync("pump", "Bơm tiêm điện", "B", "0200748730", serial: "SN-77");
        await AddAsync("stent", "Stent mạch vành phủ thuốc", "D", "0200748730", serial: null);
        await AddAsync("ultrasound", "MÁY SIÊU ÂM", "C", "0100109106", serial: null);
    }

    public virtual async Task DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("may tho", "ventilator,ventilator-2")]
    [InlineData("MÁY", "ventilator,ventilator-2,ultrasound")]
    [InlineData("bom tiem", "pump")]
    [InlineData("stent mach vanh phu thuoc", "stent")]
    [InlineData("xach", "")]
    public async Task SearchAsync_StringPrefix_IsCaseAndAccentInsensitive(string value, string expected)
    {
        (await NamesAsync(new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Prefix, [value]))).ShouldBe(Split(expected), ignoreOrder: true);
    }

    [Fact]
    public async Task SearchAsync_StringExact_IsCaseAndAccentSensitive()
    {
        (await NamesAsync(new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Exact, ["Máy thở xách tay"]))).ShouldBe(["ventilator-2"]);
        (await NamesAsync(new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Exact, ["may tho xach tay"]))).ShouldBeEmpty();
        (await NamesAsync(new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Exact, ["Máy thở"]))).ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchAsync_StringContains_FindsInsideTheValue()
    {
        (await NamesAsync(new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Contains, ["xach tay"]))).ShouldBe(["ventilator-2"]);
        (await NamesAsync(new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Contains, ["100%"]))).ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchAsync_SeveralValues_AreOrAndRepeatedParametersAreAnd()
    {
        (await NamesAsync(new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Prefix, ["bom", "stent"]))).ShouldBe(["pump", "stent"], ignoreOrder: true);
        (await NamesAsync(
            new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Prefix, ["may"]),
            new TokenCriterion(DeviceSearchParameters.RiskClass, [TokenMatch.Parse("C")]))).ShouldBe(["ventilator", "ultrasound"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("urn:risk|C", "ventilator,ultrasound")]
    [InlineData("C", "ventilator,ultrasound")]
    [InlineData("|C", "")]
    [InlineData("urn:risk|", "ventilator,ventilator-2,pump,stent,ultrasound")]
    [InlineData("urn:other|C", "")]
    public async Task SearchAsync_TokenForms_MatchPerR4(string value, string expected)
    {
        (await NamesAsync(new TokenCriterion(DeviceSearchParameters.RiskClass, [TokenMatch.Parse(value)]))).ShouldBe(Split(expected), ignoreOrder: true);
    }

    [Fact]
    public async Task SearchAsync_TokenNot_ExcludesMatches()
    {
        (await NamesAsync(new TokenCriterion(DeviceSearchParameters.Holder, [TokenMatch.Parse("0100109106")], Not: true))).ShouldBe(["pump", "stent"], ignoreOrder: true);
    }

    [Fact]
    public async Task SearchAsync_SerialNumberAndId_Find()
    {
        (await NamesAsync(new StringCriterion(DeviceSearchParameters.SerialNumber, StringMatch.Prefix, ["sn-7"]))).ShouldBe(["pump"]);
        (await NamesAsync(new IdCriterion([_ids["stent"], _ids["pump"]]))).ShouldBe(["pump", "stent"], ignoreOrder: true);
    }

    [Fact]
    public async Task SearchAsync_LastUpdatedPrefixes_CompareRanges()
    {
        // Devices were written one minute apart from Start; "stent" is the fourth.
        var stent = Start + (3 * 60_000);
        (await NamesAsync(new LastUpdatedCriterion(DateComparison.GreaterOrEqual, stent, stent + 1))).ShouldBe(["stent", "ultrasound"], ignoreOrder: true);
        (await NamesAsync(new LastUpdatedCriterion(DateComparison.LessThan, stent, stent + 1))).ShouldBe(["ventilator", "ventilator-2", "pump"], ignoreOrder: true);
        (await NamesAsync(new LastUpdatedCriterion(DateComparison.Equal, stent, stent + 1))).ShouldBe(["stent"]);
        (await NamesAsync(new LastUpdatedCriterion(DateComparison.NotEqual, stent, stent + 1))).Count.ShouldBe(4);
        (await NamesAsync(new LastUpdatedCriterion(DateComparison.GreaterThan, stent, stent + 1))).ShouldBe(["ultrasound"]);
    }

    [Theory]
    [InlineData(DeviceSort.Default)]
    [InlineData(DeviceSort.LastUpdated)]
    [InlineData(DeviceSort.LastUpdatedDescending)]
    public async Task SearchAsync_KeysetPages_VisitEveryMatchOnce(DeviceSort sort)
    {
        foreach (var criteria in new DeviceCriterion[][]
                 {
                     [],
                     [new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Prefix, ["m"])],
                     [new TokenCriterion(DeviceSearchParameters.Status, [TokenMatch.Parse("active")])],
                 })
        {
            var seen = new List<string>();
            string? cursor = null;
            var pages = 0;
            do
            {
                var page = await _search.SearchAsync(new DeviceQuery(criteria, 2, sort, cursor), CancellationToken.None);
                seen.AddRange(page.Hits.Select(h => h.Id));
                cursor = page.NextCursor;
            }
            while (cursor is not null && ++pages < 10);

            var expected = await _search.CountAsync(new DeviceQuery(criteria, 1), CancellationToken.None);
            seen.Count.ShouldBe((int)expected);
            seen.Distinct().Count().ShouldBe(seen.Count);
        }
    }

    [Fact]
    public async Task SearchAsync_SortLastUpdatedDescending_NewestFirst()
    {
        var page = await _search.SearchAsync(new DeviceQuery([], 5, DeviceSort.LastUpdatedDescending), CancellationToken.None);
        page.Hits.Select(h => h.LastUpdated).ShouldBe(page.Hits.Select(h => h.LastUpdated).OrderDescending());
        page.Hits[0].Id.ShouldBe(_ids["ultrasound"]);
    }

    [Fact]
    public async Task SearchAsync_CursorOfAnotherOrder_IsRejected()
    {
        var page = await _search.SearchAsync(new DeviceQuery([], 1, DeviceSort.LastUpdated), CancellationToken.None);
        await Should.ThrowAsync<InvalidCursorException>(() => _search.SearchAsync(new DeviceQuery([], 1, DeviceSort.Default, page.NextCursor), CancellationToken.None));
        await Should.ThrowAsync<InvalidCursorException>(() => _search.SearchAsync(new DeviceQuery([], 1, DeviceSort.Default, "not-a-cursor"), CancellationToken.None));
    }

    [Theory]
    [InlineData(StringMatch.Prefix, "may", 3)]
    [InlineData(StringMatch.Prefix, "MAY THO", 2)]
    [InlineData(StringMatch.Prefix, "may tho chuc nang cao", 1)]
    [InlineData(StringMatch.Prefix, "may tho chuc nang cao (loai c", 1)]
    [InlineData(StringMatch.Prefix, "xach", 0)]
    [InlineData(StringMatch.Exact, "Máy thở xách tay", 1)]
    [InlineData(StringMatch.Contains, "loai", 5)]
    public async Task CountAsync_DeviceWithSeveralMatchingValues_CountedOnce(StringMatch match, string value, int expected)
    {
        var query = new DeviceQuery([new StringCriterion(DeviceSearchParameters.DeviceName, match, [value])], 100);

        var count = await _search.CountAsync(query, CancellationToken.None);

        count.ShouldBe(expected);
        (await NamesAsync(query.Criteria[0])).Count.ShouldBe(expected);
    }

    [Fact]
    public async Task CountAsync_ValuesChangedByAnUpdate_StillOncePerDevice()
    {
        // The update rewrites the device's rows: three names in a new order, two sharing one folded form.
        var json = Encoding.UTF8.GetBytes("""{"resourceType":"Device","status":"active","deviceName":[{"name":"Máy thở"}]}""");
        var index = new DeviceIndex("GS1|ventilator-2", null, "active", [],
            [new(DeviceSearchParameters.DeviceName, "Máy thở Z"), new(DeviceSearchParameters.DeviceName, "MÁY THỞ Z"), new(DeviceSearchParameters.DeviceName, "Máy thở A"),
             new(DeviceSearchParameters.DeviceName, "Bình oxy")]);
        (await _store.UpsertByBusinessKeyAsync(DeviceWrite.From(null, index, json))).Outcome.ShouldBe(DeviceWriteOutcome.Updated);

        (await _search.CountAsync(new DeviceQuery([new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Prefix, ["may tho"])], 10), CancellationToken.None)).ShouldBe(2);
        (await _search.CountAsync(new DeviceQuery([new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Prefix, ["may tho z"])], 10), CancellationToken.None)).ShouldBe(1);
        (await _search.CountAsync(new DeviceQuery([new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Prefix, ["b"])], 10), CancellationToken.None)).ShouldBe(2);
    }

    [Fact]
    public async Task SearchAsync_RevokedDevice_LeavesResultsAndCount()
    {
        await _store.RevokeAsync(_ids["ventilator"]);
        var criterion = new StringCriterion(DeviceSearchParameters.DeviceName, StringMatch.Prefix, ["may tho"]);
        (await NamesAsync(criterion)).ShouldBe(["ventilator-2"]);
        (await _search.CountAsync(new DeviceQuery([criterion], 10), CancellationToken.None)).ShouldBe(1);
    }

    [Fact]
    public async Task HistoryAsync_AllDevices_NewestFirstWithKeyset()
    {
        await _store.RevokeAsync(_ids["pump"]);
        var first = await _search.HistoryAsync(0, null, 3, CancellationToken.None);
        var rest = await _search.HistoryAsync(0, first[^1], 10, CancellationToken.None);
        var all = first.Concat(rest).ToList();
        all.Count.ShouldBe(6);
        all[0].Id.ShouldBe(_ids["pump"]);
        all[0].Deleted.ShouldBeTrue();
        all.Select(v => v.LastUpdated).ShouldBe(all.Select(v => v.LastUpdated).OrderDescending());
        (await _search.HistoryAsync(Start + (4 * 60_000), null, 10, CancellationToken.None)).Count.ShouldBe(2);
    }

    private static string[] Split(string names) => names.Length == 0 ? [] : names.Split(',');

    private async Task<List<string>> NamesAsync(params DeviceCriterion[] criteria)
    {
        var page = await _search.SearchAsync(new DeviceQuery(criteria, 50), CancellationToken.None);
        var byId = _ids.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        return page.Hits.Select(h => byId[h.Id]).ToList();
    }

    private async Task AddAsync(string key, string name, string riskClass, string holder, string? serial)
    {
        var json = Encoding.UTF8.GetBytes($$"""{"resourceType":"Device","status":"active","deviceName":[{"name":"{{name}}"}]}""");
        var strings = new List<DeviceStringValue> { new(DeviceSearchParameters.DeviceName, name), new(DeviceSearchParameters.DeviceName, name + " (loại " + riskClass + ")") };
        if (serial is not null)
        {
            strings.Add(new DeviceStringValue(DeviceSearchParameters.SerialNumber, serial));
        }

        var index = new DeviceIndex("GS1|" + key, null, "active",
            [new DeviceTokenValue(DeviceSearchParameters.RiskClass, "urn:risk", riskClass), new DeviceTokenValue(DeviceSearchParameters.Holder, "urn:tax", holder),
             new DeviceTokenValue(DeviceSearchParameters.Status, "http://hl7.org/fhir/device-status", "active")],
            strings);
        var result = await _store.UpsertByBusinessKeyAsync(DeviceWrite.From(null, index, json));
        _ids[key] = result.Id.ShouldNotBeNull();
        _time.Advance(TimeSpan.FromMinutes(1));
    }
}
