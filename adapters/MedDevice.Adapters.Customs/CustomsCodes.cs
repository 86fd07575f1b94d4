namespace MedDevice.Adapters.Customs;

/// <summary>The codes of the NSW <c>Subject</c> the hub knows.</summary>
public static class CustomsCodes
{
    /// <summary>Procedure code of the medical-device import declaration to the hub (Ministry of Health prefix + 7 digits).</summary>
    public const string DocumentType = "BYT0300001";

    /// <summary>Message type: a declaration (request).</summary>
    public const string TypeDeclaration = "10";

    /// <summary>Message type: a receipt (reply to a cancellation).</summary>
    public const string TypeReceipt = "11";

    /// <summary>Message type: a result with per-line verdicts (reply to a declaration or amendment).</summary>
    public const string TypeResult = "12";

    /// <summary>Function: declare.</summary>
    public const string FunctionDeclare = "01";

    /// <summary>Function: amend.</summary>
    public const string FunctionAmend = "02";

    /// <summary>Function: cancel.</summary>
    public const string FunctionCancel = "03";

    /// <summary>The envelope version the hub writes.</summary>
    public const string EnvelopeVersion = "1.0";
}
