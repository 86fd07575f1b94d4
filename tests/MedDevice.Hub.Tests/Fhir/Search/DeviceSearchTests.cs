using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Core.Registry;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Search;

/// <summary>
/// Every Device search parameter (R4 and the hub's own, plus <c>_id</c> and <c>_lastUpdated</c>) through the Firely
/// client, by GET and by POST <c>_search</c>, under <c>Prefer: handling=strict</c>: each case returns exactly the
/// corpus devices that match, so a device that should match and one that should not are both checked.
/// </summary>
public abstract class DeviceSearchTests(FhirHost host)
{
    [Theory]
    [MemberData(nameof(SearchCases.Data), MemberType = typeof(SearchCases))]
    public async Task Search_Get_ReturnsExactlyTheMatchingDevices(string query, string expected)
    {
        var corpus = await SearchCorpus.SeedAsync(host);

        var found = await SearchAllAsync(host.Client(), corpus.Parameters(query), post: false);

        Keys(corpus, found).ShouldBe(SearchCases.Keys(expected), ignoreOrder: true, customMessage: corpus.Resolve(query));
        found.Count.ShouldBe(found.Distinct().Count(), "a device is listed once");
    }

    [Theory]
    [MemberData(nameof(SearchCases.Data), MemberType = typeof(SearchCases))]
    public async Task Search_PostForm_ReturnsExactlyTheMatchingDevices(string query, string expected)
    {
        var corpus = await SearchCorpus.SeedAsync(host);

        var found = await SearchAllAsync(host.Client(), corpus.Parameters(query), post: true);

        Keys(corpus, found).ShouldBe(SearchCases.Keys(expected), ignoreOrder: true, customMessage: corpus.Resolve(query));
        found.Count.ShouldBe(found.Distinct().Count(), "a device is listed once");
    }

    [Fact]
    public async Task Search_SummaryCount_GivesTheTotalWithoutEntries()
    {
        var corpus = await SearchCorpus.SeedAsync(host);
        var parameters = corpus.Parameters("manufacturer=cong ty");
        parameters.Summary = SummaryType.Count;

        var bundle = await host.Client().SearchAsync<Device>(parameters);

        bundle!.Total.ShouldBe(3);
        bundle.Entry.ShouldBeEmpty();
    }

    [Fact]
    public void Cases_EveryParameter_HasACaseWithAMatchAndANonMatch()
    {
        var universe = SearchCases.Keys(SearchCases.Universe);
        var discriminating = SearchCases.All
            .Where(c => SearchCases.Keys(c.Expected).Length > 0 && SearchCases.Keys(c.Expected).Length < universe.Length)
            .SelectMany(c => SearchCases.ParametersOf(c.Query))
            .ToHashSet(StringComparer.Ordinal);

        DeviceSearchParameters.All.Keys.Append("_id").Append("_lastUpdated").Where(p => !discriminating.Contains(p)).ShouldBeEmpty();
    }

    private static async Task<List<string>> SearchAllAsync(FhirClient client, SearchParams parameters, bool post)
    {
        var ids = new List<string>();
        var page = post ? await client.SearchUsingPostAsync<Device>(parameters) : await client.SearchAsync<Device>(parameters);
        for (var pages = 0; page is not null; pages++)
        {
            pages.ShouldBeLessThan(20, "paging must end");
            page.Type.ShouldBe(Bundle.BundleType.Searchset);
            ids.AddRange(page.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Match).Select(e => e.Resource!.Id!));
            page.Entry.ShouldNotContain(e => e.Search != null && e.Search.Mode == Bundle.SearchEntryMode.Outcome, "strict handling ignores nothing");
            page = await client.ContinueAsync(page);
        }

        return ids;
    }

    private static IEnumerable<string> Keys(SearchCorpus corpus, IEnumerable<string> ids)
    {
        var keyOf = corpus.KeyOf;
        return ids.Where(keyOf.ContainsKey).Select(id => keyOf[id]).Distinct();
    }
}
