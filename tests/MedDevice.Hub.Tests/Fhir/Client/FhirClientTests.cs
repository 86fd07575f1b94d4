using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.Client;

/// <summary>
/// The Firely SDK <see cref="FhirClient"/> against the running host: create, conditional create, read, vread,
/// update (If-Match), create-on-update, delete (revoke → 410), instance and type history, Provenance journey.
/// </summary>
public abstract class FhirClientTests(FhirHost host)
{
    private readonly FhirClient _client = host.Client();

    [Fact]
    public async Task Create_NewDevice_Returns201WithLocationETagAndVersion1()
    {
        var created = await _client.CreateAsync(RegistryDevices.UniqueEntry());

        created.ShouldNotBeNull();
        created.Id.ShouldNotBeNullOrEmpty();
        created.Meta!.VersionId.ShouldBe("1");
        created.Meta!.LastUpdated.ShouldNotBeNull();
        _client.LastResult!.Status.ShouldStartWith("201");
        _client.LastResult.Location.ShouldBe($"{host.FhirBase}Device/{created.Id}/_history/1");
        _client.LastResult.Etag.ShouldBe("W/\"1\"");
    }

    [Theory]
    [InlineData(ReturnPreference.Minimal)]
    [InlineData(ReturnPreference.OperationOutcome)]
    public async Task Create_PreferReturn_IsHonoured(ReturnPreference preference)
    {
        var client = host.Client();
        client.Settings.ReturnPreference = preference;

        var created = await client.CreateAsync(RegistryDevices.UniqueEntry());

        client.LastResult!.Status.ShouldStartWith("201");
        client.LastResult.Location.ShouldNotBeNull().ShouldEndWith("/_history/1");
        created.ShouldBeNull("the body is no Device");
        if (preference == ReturnPreference.OperationOutcome)
        {
            client.LastBodyAsResource.ShouldBeOfType<OperationOutcome>().Issue[0].Severity.ShouldBe(OperationOutcome.IssueSeverity.Information);
        }
        else
        {
            client.LastBody.ShouldBeNull();
        }
    }

    [Fact]
    public async Task ConditionalCreate_NoMatchThenOneMatch_Returns201ThenSameDeviceWith200()
    {
        var device = RegistryDevices.UniqueEntry();
        var condition = new SearchParams().Add("registration-number", RegistryDevices.RegistrationNumberOf(device));

        var first = await _client.ConditionalCreateAsync(device, condition);
        var firstStatus = _client.LastResult!.Status;
        var second = await _client.ConditionalCreateAsync(device, condition);
        var secondStatus = _client.LastResult!.Status;

        firstStatus.ShouldStartWith("201");
        secondStatus.ShouldStartWith("200");
        second!.Id.ShouldBe(first!.Id);
        second.Meta!.VersionId.ShouldBe("1");
        (await _client.HistoryAsync($"Device/{first.Id}"))!.Entry.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Read_CreatedDevice_ReturnsItWithETagAndLastModified()
    {
        var created = await _client.CreateAsync(RegistryDevices.UniqueEntry("Máy siêu âm màu"));

        var read = await _client.ReadAsync<Device>($"Device/{created!.Id}");

        read!.Id.ShouldBe(created.Id);
        read.DeviceName[0].Name.ShouldBe("Máy siêu âm màu");
        read.UdiCarrier[0].DeviceIdentifier.ShouldBe(created.UdiCarrier[0].DeviceIdentifier);
        read.Meta!.VersionId.ShouldBe("1");
        _client.LastResult!.Etag.ShouldBe("W/\"1\"");
        _client.LastResult.LastModified.ShouldNotBeNull();
    }

    [Fact]
    public async Task VRead_AfterUpdate_ServesEachVersionAsItWas()
    {
        var created = await _client.CreateAsync(RegistryDevices.UniqueEntry("Máy thở thế hệ 1"));
        created!.DeviceName[0].Name = "Máy thở thế hệ 2";
        var updated = await _client.UpdateAsync(created, versionAware: true);

        var first = await _client.ReadAsync<Device>($"Device/{created.Id}/_history/1");
        var second = await _client.ReadAsync<Device>($"Device/{created.Id}/_history/2");

        updated!.Meta!.VersionId.ShouldBe("2");
        first!.DeviceName[0].Name.ShouldBe("Máy thở thế hệ 1");
        first.Meta!.VersionId.ShouldBe("1");
        second!.DeviceName[0].Name.ShouldBe("Máy thở thế hệ 2");
        second.Meta!.VersionId.ShouldBe("2");
    }

    [Fact]
    public async Task Update_StaleIfMatch_Returns412AndKeepsTheCurrentVersion()
    {
        var created = await _client.CreateAsync(RegistryDevices.UniqueEntry("Bơm tiêm điện"));
        var stale = (Device)created!.DeepCopy();
        created!.Manufacturer = "B. Braun Melsungen AG";
        await _client.UpdateAsync(created, versionAware: true);
        stale.Manufacturer = "Một nhà sản xuất khác";

        var refused = await Should.ThrowAsync<FhirOperationException>(() => _client.UpdateAsync(stale, versionAware: true));

        refused.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        refused.Outcome.ShouldNotBeNull();
        refused.Outcome.Issue.ShouldNotBeEmpty();
        var current = await _client.ReadAsync<Device>($"Device/{created.Id}");
        current!.Meta!.VersionId.ShouldBe("2");
        current.Manufacturer.ShouldBe("B. Braun Melsungen AG");
    }

    [Fact]
    public async Task Update_NewId_CreatesTheDeviceWith201()
    {
        var device = RegistryDevices.UniqueEntry();
        device.Id = "vn-reg-" + Guid.NewGuid().ToString("N")[..12];

        var created = await _client.UpdateAsync(device);

        _client.LastResult!.Status.ShouldStartWith("201");
        created!.Id.ShouldBe(device.Id);
        (await _client.ReadAsync<Device>($"Device/{device.Id}"))!.Meta!.VersionId.ShouldBe("1");
    }

    [Fact]
    public async Task Delete_Device_LaterReadIs410AndSearchNoLongerFindsIt()
    {
        var device = RegistryDevices.UniqueEntry();
        var created = await _client.CreateAsync(device);

        await _client.DeleteAsync($"Device/{created!.Id}");

        var gone = await Should.ThrowAsync<FhirOperationException>(() => _client.ReadAsync<Device>($"Device/{created.Id}"));
        gone.Status.ShouldBe(HttpStatusCode.Gone);
        var search = await _client.SearchAsync<Device>(new SearchParams().Add("registration-number", RegistryDevices.RegistrationNumberOf(device)));
        search!.Entry.ShouldBeEmpty();
        (await _client.ReadAsync<Device>($"Device/{created.Id}/_history/1"))!.Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task Delete_UnknownId_Returns204AndRecordsNothing()
    {
        var id = "never-registered-" + Guid.NewGuid().ToString("N")[..8];

        await _client.DeleteAsync($"Device/{id}");

        _client.LastResult!.Status.ShouldStartWith("204");
        (await _client.SearchAsync<Provenance>(new SearchParams().Add("target", $"Device/{id}")))!.Entry.ShouldBeEmpty();
        (await Should.ThrowAsync<FhirOperationException>(() => _client.ReadAsync<Device>($"Device/{id}"))).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_Twice_SecondIsHarmless204WithoutANewVersion()
    {
        var created = await _client.CreateAsync(RegistryDevices.UniqueEntry());
        await _client.DeleteAsync($"Device/{created!.Id}");

        await _client.DeleteAsync($"Device/{created.Id}");

        _client.LastResult!.Status.ShouldStartWith("204");
        (await _client.HistoryAsync($"Device/{created.Id}"))!.Entry.Count.ShouldBe(2);
    }

    [Fact]
    public async Task InstanceHistory_CreateUpdateDelete_ListsEveryVersionNewestFirst()
    {
        var created = await _client.CreateAsync(RegistryDevices.UniqueEntry("Stent mạch vành"));
        created!.ModelNumber = "TD-SES-30";
        await _client.UpdateAsync(created);
        await _client.DeleteAsync($"Device/{created.Id}");

        var history = await _client.HistoryAsync($"Device/{created.Id}");

        history!.Type.ShouldBe(Bundle.BundleType.History);
        history.Entry.Select(e => e.Request!.Method).ShouldBe([Bundle.HTTPVerb.DELETE, Bundle.HTTPVerb.PUT, Bundle.HTTPVerb.POST]);
        history.Entry.Select(e => e.Response!.Etag).ShouldBe(["W/\"3\"", "W/\"2\"", "W/\"1\""]);
        history.Entry[0].Resource.ShouldBeNull();
        ((Device)history.Entry[1].Resource!).ModelNumber.ShouldBe("TD-SES-30");
        ((Device)history.Entry[2].Resource!).ModelNumber.ShouldBeNull();
    }

    [Fact]
    public async Task TypeHistory_SinceBeforeTheWrites_HoldsTheNewVersions()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var created = await _client.CreateAsync(RegistryDevices.UniqueEntry());
        created!.ModelNumber = "M-2";
        await _client.UpdateAsync(created);

        var versions = new List<(string? Id, string? Version)>();
        for (var page = await _client.TypeHistoryAsync<Device>(since, pageSize: 2); page is not null; page = await _client.ContinueAsync(page))
        {
            page.Type.ShouldBe(Bundle.BundleType.History);
            versions.AddRange(page.Entry.Where(e => e.Resource is not null).Select(e => (e.Resource!.Id, e.Resource.Meta!.VersionId)));
        }

        versions.ShouldContain(((string?)created.Id, (string?)"1"));
        versions.ShouldContain(((string?)created.Id, (string?)"2"));
        versions.Distinct().Count().ShouldBe(versions.Count, "a version appears on one page only");
    }

    [Fact]
    public async Task Provenance_ByTarget_ShowsRegisteredChangedRevokedInOrder()
    {
        var created = await _client.CreateAsync(RegistryDevices.UniqueEntry());
        created!.ModelNumber = "M-2";
        await _client.UpdateAsync(created);
        await _client.DeleteAsync($"Device/{created.Id}");

        var journey = await _client.SearchAsync<Provenance>(new SearchParams().Add("target", $"Device/{created.Id}"));

        var records = journey!.Entry.Select(e => (Provenance)e.Resource!).ToList();
        records.Select(p => p.Activity!.Coding[0].Code).ShouldBe(["registered", "changed", "revoked"]);
        records.Select(p => p.Target[0].Reference).ShouldBe([$"Device/{created.Id}/_history/1", $"Device/{created.Id}/_history/2", $"Device/{created.Id}/_history/3"]);
        records.ShouldAllBe(p => p.Agent[0].Who!.Identifier!.Value == "fhir-registry");
        records.ShouldAllBe(p => p.Entity.Count == 1 && p.Entity[0].Role == Provenance.ProvenanceEntityRole.Source);
    }

    [Fact]
    public async Task SearchUsingPost_FormParameters_FindsLikeGet()
    {
        var device = RegistryDevices.UniqueEntry();
        var created = await _client.CreateAsync(device);

        var found = await _client.SearchUsingPostAsync<Device>(new SearchParams().Add("registration-number", RegistryDevices.RegistrationNumberOf(device)));

        found!.Entry.Select(e => e.Resource!.Id).ShouldBe([created!.Id]);
    }
}
