using MedDevice.Adapters.Inbound;
using MedDevice.Hub.Registry;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Hub.Feeds;

/// <summary>
/// <c>registry.device</c>: a FHIR R4 Device from the MOH registry. Its plan stores it in the registry by business key (with
/// its Provenance), queues the verification of its holder, and routes it to <c>device.registered</c> or
/// <c>device.changed</c>; a repeat that changes nothing completes quietly. Pure: the pipeline applies the plan.
/// </summary>
public sealed class RegistryDeviceFeedHandler : IInboundFeed
{
    /// <summary>The feed name.</summary>
    public const string FeedName = "registry.device";

    /// <summary>The topic a new registration is routed to.</summary>
    public const string RegisteredTopic = RegistryTopics.Registered;

    /// <summary>Code: the device's business keys belong to different registry entries.</summary>
    public const string KeyConflictCode = "FEED-REG-004";

    /// <summary>Code: the device's registration was revoked; it cannot be changed through the feed.</summary>
    public const string RevokedCode = "FEED-REG-005";

    private static readonly MappingIssue KeyConflict =
        new(KeyConflictCode, "The device's UDI-DI and registration number belong to different registry entries.");

    /// <inheritdoc />
    public string Feed => FeedName;

    /// <inheritdoc />
    public FeedInspection Inspect(ReadOnlyMemory<byte> body)
    {
        var read = RegistryDeviceReader.Read(body.Span);
        return new FeedInspection(read.DeviceKey, read.Issues);
    }

    /// <inheritdoc />
    public ValueTask<MessagePlan> PlanAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var read = RegistryDeviceReader.Read(message.Body.Span);
        if (!read.Ok)
        {
            return ValueTask.FromResult(MessagePlan.Refuse(read.DeviceKey, read.Issues));
        }

        var device = read.Device!;
        return ValueTask.FromResult(new MessagePlan
        {
            DeviceKey = read.DeviceKey,
            DeviceWrites = [new PlannedDeviceWrite(device, KeyConflict, RevokedCode)],
            // The holder is checked against the enterprise register in the background.
            Verifications = device.Owner?.Identifier is { System: NamingSystems.TaxCode, Value: { } holderTaxCode } ? [new PlannedVerification(holderTaxCode)] : [],
        });
    }
}
