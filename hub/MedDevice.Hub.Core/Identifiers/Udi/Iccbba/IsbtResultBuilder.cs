namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>Collects elements, mapped UDI fields and issues while ISBT 128 data structures are read.</summary>
internal sealed class IsbtResultBuilder(bool lenient)
{
    private readonly List<UdiElement> _elements = new(8);
    private readonly UdiIssueCollector _issues = new(lenient);
    private string? _di;
    private string? _fallbackDi;
    private string? _serial;
    private string? _lot;
    private string? _fallbackLot;
    private DateOnly? _expiry;
    private DateOnly? _manufactured;

    public void Error(string code, string message, int position) =>
        _issues.Error(code, message, position);

    /// <summary>An error, or a warning in lenient mode.</summary>
    public void LenientFailure(string code, string message, int position) =>
        _issues.LenientFailure(code, message, position);

    public void Add(string id, string value) => _elements.Add(new UdiElement(id, value));

    public int ElementCount => _elements.Count;

    public void SetDi(string value, int position) => _di = Merge(_di, value, position);

    public void SetFallbackDi(string value, int position) => _fallbackDi = Merge(_fallbackDi, value, position);

    public void SetSerial(string value, int position) => _serial = Merge(_serial, value, position);

    public void SetLot(string value, int position) => _lot = Merge(_lot, value, position);

    public void SetFallbackLot(string value, int position) => _fallbackLot = Merge(_fallbackLot, value, position);

    public void SetExpiry(DateOnly value, int position) => _expiry = Merge(_expiry, value, position);

    public void SetManufactured(DateOnly value, int position) => _manufactured = Merge(_manufactured, value, position);

    /// <summary>
    /// Builds the result. Without a Processor Product Identification Code (<c>=/</c>) the container or item catalog
    /// number (<c>=)</c>, <c>=-</c>) is the DI, and without an MPHO lot (<c>&amp;,1</c>) the container or item lot is the lot.
    /// </summary>
    public UdiParseResult Build(string hri) => new()
    {
        Issuer = UdiIssuer.Iccbba,
        Di = _di ?? _fallbackDi,
        Serial = _serial,
        Lot = _lot ?? _fallbackLot,
        Expiry = _expiry,
        Manufactured = _manufactured,
        Elements = _elements,
        Hri = hri,
        Errors = _issues.Errors,
        Warnings = _issues.Warnings,
    };

    private T Merge<T>(T? current, T value, int position)
    {
        if (current is not null && !EqualityComparer<T>.Default.Equals(current, value))
        {
            Error(IsbtErrorCodes.ConflictingData, "The same datum appears twice with different values.", position);
            return current;
        }

        return value;
    }
}
