namespace MedDevice.Adapters.Customs.Reply;

/// <summary>The content of a receipt reply (<c>MedicalDeviceImportReceipt</c>): a cancellation was recorded.</summary>
/// <param name="DeclarationNumber">The ICN as received.</param>
/// <param name="HubMessageId">The hub message id the cancellation was recorded under.</param>
/// <param name="ReceivedAt">When it was recorded.</param>
public sealed record ImportReceipt(string DeclarationNumber, string HubMessageId, DateTimeOffset ReceivedAt);
