using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Search;

/// <summary>
/// Keyset paging through the Bundle's <c>next</c> links with the Firely client until there is none: every device
/// exactly once, in the requested <c>_sort</c> order, stable when devices are added between pages; and <c>_summary=count</c>.
/// </summary>
public abstract class PagingTests(FhirHost host)
{
    private const int Devices = 45;
    private const string Name = "Bộ phân trang";
    private const string SharedCode = "PAGE-SHARED";

    [Fact]
    public async Task Search_NamePrefixSmallPages_NextLinksVisitEveryDeviceExactlyOnce()
    {
        var seeded = await SeedAsync();

        var pages = await PagesAsync(new SearchParams().Add("device-name", "bo phan trang").LimitTo(10));

        pages.Count.ShouldBe(5);
        pages.ShouldAllBe(p => p.Entry.Count <= 10);
        pages[^1].NextLink.ShouldBeNull();
        pages[0].NextLink!.ToString().ShouldStartWith(host.FhirBase.ToString());
        Ids(pages).ShouldBe(seeded, ignoreOrder: true);
    }

    [Fact]
    public async Task Search_TokenHeldTwicePerDevice_PagesListEveryDeviceOnce()
    {
        var seeded = await SeedAsync();

        var pages = await PagesAsync(new SearchParams().Add("identifier", SharedCode).LimitTo(7));

        Ids(pages).ShouldBe(seeded, ignoreOrder: true);
    }

    [Theory]
    [InlineData(SortOrder.Ascending)]
    [InlineData(SortOrder.Descending)]
    public async Task Search_SortByLastUpdated_PagesFollowTheOrder(SortOrder order)
    {
        var seeded = await SeedAsync();

        var pages = await PagesAsync(new SearchParams().Add("device-name", "bo phan trang").OrderBy("_lastUpdated", order).LimitTo(8));

        var times = pages.SelectMany(p => p.Entry).Select(e => e.Resource!.Meta!.LastUpdated!.Value).ToList();
        times.ShouldBe(order == SortOrder.Ascending ? times.Order().ToList() : times.OrderDescending().ToList());
        times.Distinct().Count().ShouldBeGreaterThan(1, "the devices were stored at different times, so the order is observable");
        Ids(pages).ShouldBe(seeded, ignoreOrder: true);
    }

    [Fact]
    public async Task Search_SummaryCount_CountsEveryMatchWithoutEntries()
    {
        await SeedAsync();
        var parameters = new SearchParams().Add("device-name", "bo phan trang");
        parameters.Summary = SummaryType.Count;

        var bundle = await host.Client().SearchAsync<Device>(parameters);

        bundle!.Total.ShouldBe(Devices);
        bundle.Entry.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_DevicesAddedBetweenPages_OriginalsStillListedExactlyOnce()
    {
        const string name = "Bộ chèn giữa trang";
        var client = host.Client();
        var originals = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            originals.Add((await client.CreateAsync(RegistryDevices.UniqueEntry($"{name} {i:D2}")))!.Id!);
        }

        var first = await client.SearchAsync<Device>(new SearchParams().Add("device-name", name).LimitTo(5));
        var seen = first!.Entry.Select(e => e.Resource!.Id!).ToList();
        await client.CreateAsync(RegistryDevices.UniqueEntry($"{name} 00 mới"));
        await client.CreateAsync(RegistryDevices.UniqueEntry($"{name} 99 mới"));
        for (var page = await client.ContinueAsync(first); page is not null; page = await client.ContinueAsync(page))
        {
            seen.AddRange(page.Entry.Select(e => e.Resource!.Id!));
        }

        seen.Count.ShouldBe(seen.Distinct().Count());
        seen.Where(originals.Contains).ShouldBe(originals, ignoreOrder: true);
    }

    private Task<List<string>> SeedAsync() => host.OnceAsync("paging", async h =>
    {
        var client = h.Client();
        var ids = new List<string>();
        for (var i = 0; i < Devices; i++)
        {
            var device = RegistryDevices.UniqueEntry($"{Name} {i:D2}");
            device.Identifier.Add(new Identifier(SearchCorpus.Catalogue, SharedCode));
            device.Identifier.Add(new Identifier(SearchCorpus.OtherCatalogue, SharedCode));
            ids.Add((await client.CreateAsync(device))!.Id!);
        }

        return ids;
    });

    private async Task<List<Bundle>> PagesAsync(SearchParams parameters)
    {
        var client = host.Client();
        var pages = new List<Bundle>();
        for (var page = await client.SearchAsync<Device>(parameters); page is not null; page = await client.ContinueAsync(page))
        {
            pages.Count.ShouldBeLessThan(50, "paging must end");
            pages.Add(page);
        }

        return pages;
    }

    private static List<string> Ids(IEnumerable<Bundle> pages)
    {
        var ids = pages.SelectMany(p => p.Entry).Select(e => e.Resource!.Id!).ToList();
        ids.Count.ShouldBe(ids.Distinct().Count(), "no device appears twice");
        return ids;
    }
}
