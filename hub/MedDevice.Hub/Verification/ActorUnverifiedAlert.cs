using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Verification;

/// <summary>
/// The <c>actor.unverified</c> event subscribers receive: <c>{"event","verificationId","taxCode","outcome",
/// "registeredName","checkedAt","subjectReference","sourceMessageId","organization":{FHIR Organization}}</c>.
/// Ordered per tax code. Organisation data only.
/// </summary>
public static class ActorUnverifiedAlert
{
    /// <summary>The inbox entry carrying the alert (idempotent per verification: one alert per queue row).</summary>
    public static InboxEntry Create(string hubMessageId, long verificationId, string taxCode, string outcome, string? registeredName,
        DateTimeOffset checkedAt, string? subjectReference, string? sourceMessageId, byte[]? organization, long now)
    {
        var body = new JsonObject
        {
            ["event"] = ActorUnverifiedFeedHandler.Topic,
            ["verificationId"] = verificationId,
            ["taxCode"] = taxCode,
            ["outcome"] = outcome,
            ["registeredName"] = registeredName,
            ["checkedAt"] = checkedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["subjectReference"] = subjectReference,
            ["sourceMessageId"] = sourceMessageId,
            ["organization"] = organization is null ? null : JsonNode.Parse(organization),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        return new InboxEntry(hubMessageId, ActorUnverifiedFeedHandler.InternalPartnerId,
            "actor-unverified:" + verificationId.ToString(CultureInfo.InvariantCulture), ActorUnverifiedFeedHandler.FeedName,
            "application/json", Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes, taxCode, now);
    }
}
