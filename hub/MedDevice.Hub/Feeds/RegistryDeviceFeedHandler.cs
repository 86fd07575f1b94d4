using MedDevice.Hub.Registry;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Verification;
using MedDevice.Hub.Storage.Registry;
using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Hub.Feeds;

/// <summary>
/// <c>registry.device</c>: a FHIR R4 Device from the MOH registry. Processing stores it in the registry (by business
/// key, with its Provenance), queues the verification of its holder, and routes it to <c>device.registered</c> or
/// <c>device.changed</c>; a repeat that changes nothing completes quietly.
/// </summary>
public sealed class RegistryDeviceFeedHandler(RegistryWriter writer, IActorVerificationQueue verifications) : IFeedHandler
{
    /// <summary>The feed name.</summary>
    public const string FeedName = "registry.device";

    /// <summary>The topic a new registration is routed to.</summary>
    public const string RegisteredTopic = RegistryTopics.Registered;

    /// <summary>Code: the device's business keys belong to different registry entries.</summary>
    public const string KeyConflictCode = "FEED-REG-004";

    /// <summary>Code: the device's registration was revoked; it cannot be changed through the feed.</summary>
    public const string RevokedCode = "FEED-REG-005";

    /// <inheritdoc />
    public string Feed => FeedName;

    /// <inheritdoc />
    public FeedInspection Inspect(ReadOnlyMemory<byte> body)
    {
        var read = RegistryDeviceReader.Read(body.Span);
        return new FeedInspection(read.DeviceKey, read.Issues);
    }

    /// <inheritdoc />
    public async ValueTask<FeedProcessing> ProcessAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var read = RegistryDeviceReader.Read(message.Body);
        if (!read.Ok)
        {
            return new FeedProcessing(null, read.DeviceKey, null, read.Issues);
        }

        var written = await writer.WriteAsync(new RegistryWriteRequest(read.Device!, message.PartnerId, message.HubMessageId));
        if (written.Write.Outcome is not (DeviceWriteOutcome.KeyConflict or DeviceWriteOutcome.Revoked)
            && read.Device!.Owner?.Identifier is { System: NamingSystems.TaxCode, Value: { } holderTaxCode })
        {
            // The holder is checked against the enterprise register in the background (idempotent per message).
            await verifications.EnqueueOrganizationAsync(holderTaxCode, $"Device/{written.Write.Id}", message.HubMessageId, cancellationToken);
        }

        return written.Write.Outcome switch
        {
            DeviceWriteOutcome.KeyConflict => Fail(read.DeviceKey, KeyConflictCode, "The device's UDI-DI and registration number belong to different registry entries."),
            DeviceWriteOutcome.Revoked => Fail(read.DeviceKey, RevokedCode, $"Device {written.Write.Id} is revoked; its keys stay reserved."),
            _ when written.Topic is null => new FeedProcessing(RegistryTopics.Changed, read.DeviceKey, null, []) { Quiet = true },
            _ => new FeedProcessing(written.Topic, read.DeviceKey, null, []),
        };
    }

    private static FeedProcessing Fail(string? key, string code, string message) => new(null, key, null, [new MappingIssue(code, message)]);
}
