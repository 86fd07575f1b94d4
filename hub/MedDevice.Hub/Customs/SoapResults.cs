using MedDevice.Adapters.Customs.Faults;

namespace MedDevice.Hub.Customs;

/// <summary>SOAP 1.1 answers of the <c>/soap</c> endpoints: messages and faults.</summary>
public static class SoapResults
{
    /// <summary>The SOAP 1.1 content type.</summary>
    public const string ContentType = SoapFaultWriter.ContentType;

    /// <summary>A SOAP message (200).</summary>
    public static IResult Message(byte[] body) => new SoapResult(body, StatusCodes.Status200OK);

    /// <summary>A SOAP Fault with the fault's HTTP status.</summary>
    public static IResult Fault(CustomsFault fault, string? messageId)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return new SoapResult(SoapFaultWriter.Write(fault, messageId), fault.HttpStatus);
    }
}
