using MedDevice.Hub.Recalls;
using MedDevice.Hub.Sandbox;
using MedDevice.Hub.Storage.Customs;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Prices;
using MedDevice.Hub.Storage.Recalls;
using MedDevice.Sandbox.Data.Customs;
using MedDevice.Testing.Polling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Sandbox;

/// <summary>The customs simulator inside the real host: seeds the registry, then sends signed declarations over SOAP to the hub.</summary>
public sealed class CustomsSimulatorHostTests
{
    [Fact]
    public async Task Run_SixMessages_DeclarationsRecordedWithTheirLanesAndTheMalformedOneQuarantined()
    {
        const long first = 700_000;
        await using var factory = SimulatorHost.Factory(declarations: 6, first);
        factory.UseKestrel();
        factory.StartServer();
        using var client = factory.CreateClient();
        var declarations = factory.Services.GetRequiredService<CustomsDeclarationStore>();
        var messages = factory.Services.GetRequiredService<MessageStore>();

        // The sixth message is the malformed one; replies come one after another, so once it is quarantined all were answered.
        await Eventually.UntilAsync(async () => await messages.CountQuarantinedAsync(CustomsSimulatorPartner.PartnerId, CancellationToken.None) > 0,
            "a quarantined simulator message", SimulatorHost.Bound);

        var valid = (await declarations.GetAsync(SimulatorHost.Base(first), CancellationToken.None)).ShouldNotBeNull();
        valid.Declaration.PartnerId.ShouldBe(CustomsSimulatorPartner.PartnerId);
        valid.Declaration.State.ShouldBe(CustomsDeclarationRecord.Amended);
        valid.Declaration.AmendmentCount.ShouldBe(1);
        valid.Declaration.Lane.ShouldBe("GREEN");
        valid.Lines.Count.ShouldBe(CustomsSimulationPlan.Lines + 1);
        (await LaneAsync(declarations, first + 1)).ShouldBe("RED");
        (await LaneAsync(declarations, first + 2)).ShouldBe("RED");
        (await LaneAsync(declarations, first + 3)).ShouldBe("YELLOW");
        (await declarations.GetAsync(SimulatorHost.Base(first + 5), CancellationToken.None)).ShouldBeNull();
        (await messages.CountQuarantinedAsync(CustomsSimulatorPartner.PartnerId, CancellationToken.None)).ShouldBe(1);

        // The imported lot is a FHIR Device with the simulator as the Provenance author, readable with the user's own partner key.
        var instance = valid.Devices.First(d => d.LineNumber == 1 && d.Kind == CustomsLineDevice.Instance).DeviceId;
        var device = await SimulatorHost.GetJsonAsync(client, $"/fhir/Device/{instance}");
        device.GetProperty("lotNumber").GetString().ShouldBe(CustomsDeclarationGenerator.Lot(first, 1));
        var provenance = await SimulatorHost.GetJsonAsync(client, $"/fhir/Provenance?target=Device/{instance}");
        var imported = provenance.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource"))
            .First(p => p.GetProperty("activity").GetProperty("coding")[0].GetProperty("code").GetString() == "imported");
        imported.GetProperty("agent").EnumerateArray().Select(a => a.GetProperty("who").GetProperty("identifier").GetProperty("value").GetString())
            .ShouldContain(CustomsSimulatorPartner.PartnerId);
    }

    [Fact]
    public async Task Restart_SameDatabase_RegistrySeededOnceAndNewDeclarationsSent()
    {
        var folder = Directory.CreateTempSubdirectory("meddevice-simulator-").FullName;
        try
        {
            foreach (var first in new long[] { 710_000, 720_000 })
            {
                await using var factory = SimulatorHost.Factory(declarations: 1, first)
                    .With("Hub:Storage:ConnectionString", $"Data Source={Path.Combine(folder, "hub.db")}");
                factory.UseKestrel();
                factory.StartServer();
                using var client = factory.CreateClient();
                var declarations = factory.Services.GetRequiredService<CustomsDeclarationStore>();

                // Seeding precedes sending: once this run's declaration is recorded, this run's seed is done.
                var state = await Eventually.UntilAsync(() => declarations.GetAsync(SimulatorHost.Base(first), CancellationToken.None),
                    $"declaration {first}", SimulatorHost.Bound);

                state.Declaration.Lane.ShouldBe("GREEN");
                foreach (var entry in CustomsRegistryFixture.Take(CustomsSimulator.RegistrySize))
                {
                    (await SimulatorHost.RegistryEntriesAsync(client, entry)).ShouldBe(1, $"registry entry {entry.Index}");
                }

                var prices = await factory.Services.GetRequiredService<ReferencePriceStore>().ListAsync("", 1000, CancellationToken.None);
                prices.Count.ShouldBe(CustomsSimulator.RegistrySize);
                var recalls = factory.Services.GetRequiredService<RecallStore>();
                foreach (var entry in CustomsRegistryFixture.Take(CustomsSimulator.RegistrySize).Where(e => e.RecalledLot is not null))
                {
                    (await recalls.ListAsync(DeviceKeyInput.UdiDiKey("gs1", entry.Gtin).Key, 10, CancellationToken.None))
                        .ShouldHaveSingleItem().Lot.ShouldBe(entry.RecalledLot);
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> LaneAsync(CustomsDeclarationStore declarations, long sequence) =>
        (await declarations.GetAsync(SimulatorHost.Base(sequence), CancellationToken.None)).ShouldNotBeNull().Declaration.Lane;
}
