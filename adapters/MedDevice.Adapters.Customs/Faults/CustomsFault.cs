namespace MedDevice.Adapters.Customs.Faults;

/// <summary>Why a customs message was refused: answered as a SOAP Fault whose detail is a <c>CustomsFault</c>.</summary>
/// <param name="Code">Stable code (<see cref="CustomsFaultCodes"/>, or an <c>XML-00n</c> code of the safe XML reader).</param>
/// <param name="Reason">Human-readable reason (never contains payload values).</param>
/// <param name="Kind">Client, server or version mismatch.</param>
/// <param name="HttpStatus">The HTTP status: 500 for SOAP processing faults (SOAP 1.1 HTTP binding), 401/403/413 for transport refusals.</param>
public sealed record CustomsFault(string Code, string Reason, CustomsFaultKind Kind = CustomsFaultKind.Client, int HttpStatus = 500)
{
    /// <summary>Where in the message the problem was found (1-based line), when known.</summary>
    public int? Line { get; init; }

    /// <summary>Where in the message the problem was found (1-based column), when known.</summary>
    public int? Column { get; init; }
}
