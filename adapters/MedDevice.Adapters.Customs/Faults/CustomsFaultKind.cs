namespace MedDevice.Adapters.Customs.Faults;

/// <summary>The SOAP 1.1 fault code class.</summary>
public enum CustomsFaultKind
{
    /// <summary><c>soap:Client</c>: the message is at fault; do not resend it unchanged.</summary>
    Client = 0,

    /// <summary><c>soap:Server</c>: the hub could not process it now; resend later.</summary>
    Server = 1,

    /// <summary><c>soap:VersionMismatch</c>: not a SOAP 1.1 envelope.</summary>
    VersionMismatch = 2,
}
