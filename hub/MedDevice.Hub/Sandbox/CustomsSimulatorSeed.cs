using System.Text;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Recalls;
using MedDevice.Hub.Registry;
using MedDevice.Hub.Storage.Prices;
using MedDevice.Hub.Storage.Recalls;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Mappings.RegistryDevice;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Sandbox;

/// <summary>
/// Puts the customs sandbox fixture into the hub's stores, as the registry and an operator would: registry entries through
/// the registry writer (a conditional create: an entry already there is kept), reference prices and recalled lots that are
/// missing. Running it again changes nothing, so a restarted hub is not seeded twice.
/// </summary>
internal sealed class CustomsSimulatorSeed(RegistryWriter registry, ReferencePriceStore prices, RecallStore recalls, HubMessageIdGenerator ids, TimeProvider time)
{
    /// <summary>The Provenance agent and recorder of what the seed writes.</summary>
    public const string Agent = "sandbox-registry";

    /// <summary>Seeds the first <paramref name="count"/> fixture devices; returns how many devices, prices and recalls were new.</summary>
    public async Task<(int Devices, int Prices, int Recalls)> RunAsync(int count, CancellationToken cancellationToken)
    {
        var entries = CustomsRegistryFixture.Take(count).ToList();
        var keys = entries.ToDictionary(e => e.Index, e => DeviceKeyInput.UdiDiKey("gs1", e.Gtin).Key!);
        var devices = 0;
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = RegistryDeviceReader.Read(Encoding.UTF8.GetBytes(CustomsRegistryFixture.DeviceJson(entry)));
            var device = read.Device ?? throw new InvalidOperationException($"Fixture device {entry.Index} is not a registry Device.");
            var written = await registry.WriteAsync(new RegistryWriteRequest(device, Agent, ids.Next()) { OnExisting = ExistingDevicePolicy.Keep, EmitEvent = true });
            devices += written.Write.Outcome == DeviceWriteOutcome.Created ? 1 : 0;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var known = await prices.FindAsync(keys.Values.ToList(), cancellationToken);
        var missingPrices = entries.Where(e => !known.TryGetValue(keys[e.Index], out var price) || price.UnitPriceVnd != e.ReferencePriceVnd).ToList();
        foreach (var entry in missingPrices)
        {
            await prices.UpsertAsync(new ReferencePrice(keys[entry.Index], entry.ReferencePriceVnd, "VND", "sandbox", now));
        }

        var recalled = entries.Where(e => e.RecalledLot is not null).ToList();
        var recorded = (await recalls.FindAsync(recalled.Select(e => keys[e.Index]).ToList(), cancellationToken))
            .Select(r => (r.UdiDiKey, r.Lot)).ToHashSet();
        var missingRecalls = recalled.Where(e => !recorded.Contains((keys[e.Index], e.RecalledLot))).ToList();
        foreach (var entry in missingRecalls)
        {
            await recalls.AddAsync(keys[entry.Index], entry.RecalledLot, "Sterility breach (sandbox)", now, Agent, now);
        }

        return (devices, missingPrices.Count, missingRecalls.Count);
    }
}
