using System.Xml;

namespace MedDevice.Adapters.Customs.Reply;

/// <summary>
/// A reply as a client (the customs simulator, tests, the benchmark) reads it: a fault (code and reason), or a result or
/// receipt with the hub's signed envelope, and the schema errors found in it (none for a conforming hub).
/// </summary>
public sealed record CustomsReply
{
    /// <summary>The SOAP fault code (<c>soap:Client</c>, <c>soap:Server</c>, …) when the reply is a fault.</summary>
    public string? FaultCode { get; init; }

    /// <summary>The <c>CustomsFault/Code</c> when the reply is a fault.</summary>
    public string? FaultDetailCode { get; init; }

    /// <summary>The <c>CustomsFault/Reason</c> when the reply is a fault.</summary>
    public string? FaultReason { get; init; }

    /// <summary>The reply's <c>Subject/type</c>: 12 result, 11 receipt.</summary>
    public string? Type { get; init; }

    /// <summary>The reply's <c>Subject/reference</c>: the request's message id.</summary>
    public string? Reference { get; init; }

    /// <summary>The hub message id in the result or receipt.</summary>
    public string? HubMessageId { get; init; }

    /// <summary>The lane suggestion of a result.</summary>
    public string? Lane { get; init; }

    /// <summary>The receipt status (<c>cancelled</c>).</summary>
    public string? Status { get; init; }

    /// <summary>The result's lines.</summary>
    public IReadOnlyList<ReplyLine> Lines { get; init; } = [];

    /// <summary>The NSW Envelope element (for the signature check); null for faults.</summary>
    public XmlElement? Envelope { get; init; }

    /// <summary>Schema errors found while reading; empty for a conforming reply.</summary>
    public IReadOnlyList<string> SchemaErrors { get; init; } = [];

    /// <summary>True for a fault.</summary>
    public bool IsFault => FaultCode is not null;
}
