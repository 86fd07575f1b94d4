namespace MedDevice.Hub.EndToEnd.Scenario;

/// <summary>One partner message the producer posts until it is acknowledged, and what happened to it.</summary>
public sealed class PlannedMessage(string partnerMessageId, int device, int revision, byte[] body)
{
    /// <summary>The <c>Idempotency-Key</c> (partner message id).</summary>
    public string PartnerMessageId { get; } = partnerMessageId;

    /// <summary>The device number (ordering key).</summary>
    public int Device { get; } = device;

    /// <summary>The revision: the order in which the device's messages are accepted.</summary>
    public int Revision { get; } = revision;

    /// <summary>The payload, identical on every attempt.</summary>
    public byte[] Body { get; } = body;

    /// <summary>The receipt's hub message id, once acknowledged.</summary>
    public string? HubMessageId { get; set; }

    /// <summary>Posts made, including failed ones.</summary>
    public int Attempts { get; set; }

    /// <summary>True when the acknowledgement was a 200 repeat receipt (an earlier attempt had been committed).</summary>
    public bool AcknowledgedAsRepeat { get; set; }

    /// <summary>A status the contract does not allow here (e.g. 409), if one came.</summary>
    public int? UnexpectedStatus { get; set; }
}
