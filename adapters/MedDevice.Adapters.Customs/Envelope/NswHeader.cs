namespace MedDevice.Adapters.Customs.Envelope;

/// <summary>The NSW envelope header (<c>Header</c>): reference, parties and subject.</summary>
/// <param name="Version">Envelope version (<c>Reference/version</c>).</param>
/// <param name="MessageId">The sender's message id (<c>Reference/messageId</c>): the idempotency key.</param>
/// <param name="From">Sender.</param>
/// <param name="To">Recipient.</param>
/// <param name="DocumentType">Procedure code (<c>Subject/documentType</c>).</param>
/// <param name="Type">Message type (<c>Subject/type</c>).</param>
/// <param name="Function">Function (<c>Subject/function</c>).</param>
/// <param name="Reference">Business reference (<c>Subject/reference</c>).</param>
/// <param name="SendDate">When it was sent (<c>Subject/sendDate</c>), as written.</param>
public sealed record NswHeader(
    string Version,
    string MessageId,
    NswParty From,
    NswParty To,
    string DocumentType,
    string Type,
    string Function,
    string Reference,
    string SendDate);
