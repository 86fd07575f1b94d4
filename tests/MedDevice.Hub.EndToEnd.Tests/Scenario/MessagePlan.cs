using MedDevice.Hub.EndToEnd.Infrastructure;

namespace MedDevice.Hub.EndToEnd.Scenario;

/// <summary>
/// A load of <c>registry.device</c> messages over a set of devices, several revisions per device, grouped in lanes:
/// one lane per device, posted in revision order, so acceptance order per key is known to the test.
/// </summary>
public sealed class MessagePlan
{
    private MessagePlan(IReadOnlyList<IReadOnlyList<PlannedMessage>> lanes) => Lanes = lanes;

    /// <summary>One lane per device, in revision order.</summary>
    public IReadOnlyList<IReadOnlyList<PlannedMessage>> Lanes { get; }

    /// <summary>All messages.</summary>
    public IEnumerable<PlannedMessage> Messages => Lanes.SelectMany(l => l);

    /// <summary>Spreads <paramref name="count"/> messages over <paramref name="devices"/> devices (seeded, so reproducible).</summary>
    public static MessagePlan Create(int count, int devices, int seed)
    {
        var random = new Random(seed);
        var revisions = new int[devices];
        var lanes = Enumerable.Range(0, devices).Select(_ => new List<PlannedMessage>()).ToArray();
        for (var i = 0; i < count; i++)
        {
            var device = random.Next(devices);
            var revision = ++revisions[device];
            var deviceNumber = (seed * 100_000) + device;
            lanes[device].Add(new PlannedMessage($"e2e-{seed}-{i:D6}", deviceNumber, revision, DeviceJson.Create(deviceNumber, revision)));
        }

        return new MessagePlan(lanes.Where(l => l.Count > 0).Select(l => (IReadOnlyList<PlannedMessage>)l).ToList());
    }
}
