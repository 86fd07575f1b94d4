using MedDevice.Adapters.Customs.Faults;

namespace MedDevice.Adapters.Customs.Soap;

/// <summary>The outcome of reading a request: the request, or the fault to answer (with the message id when it could be read).</summary>
public sealed record CustomsReadResult(CustomsRequest? Request, CustomsFault? Fault, string? MessageId)
{
    /// <summary>True when the request can be processed.</summary>
    public bool Ok => Request is not null && Fault is null;
}
