using MedDevice.Hub.Storage.Messaging;
using MedDevice.Mappings.RegistryDevice;

namespace MedDevice.Hub.Feeds;

/// <summary><c>registry.device</c>: a FHIR R4 Device from the MOH registry, routed to <c>device.registered</c>.</summary>
public sealed class RegistryDeviceFeedHandler : IFeedHandler
{
    /// <summary>The feed name.</summary>
    public const string FeedName = "registry.device";

    /// <summary>The topic a registration is routed to.</summary>
    public const string RegisteredTopic = "device.registered";

    /// <inheritdoc />
    public string Feed => FeedName;

    /// <inheritdoc />
    public FeedInspection Inspect(ReadOnlyMemory<byte> body)
    {
        var read = RegistryDeviceReader.Read(body.Span);
        return new FeedInspection(read.DeviceKey, read.Issues);
    }

    /// <inheritdoc />
    public FeedProcessing Process(PendingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var read = RegistryDeviceReader.Read(message.Body);
        return read.Ok
            ? new FeedProcessing(RegisteredTopic, read.DeviceKey, Output: null, [])
            : new FeedProcessing(null, read.DeviceKey, null, read.Issues);
    }
}
