namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>Collects elements, the mapped UDI fields and issues while an HIBCC symbol is read.</summary>
internal sealed class HibccResultBuilder(bool lenient)
{
    private readonly List<UdiElement> _elements = new(8);
    private readonly UdiIssueCollector _issues = new(lenient);
    private string? _di;
    private string? _lot;
    private string? _serial;
    private DateOnly? _expiry;
    private DateOnly? _manufactured;

    public bool HasErrors => _issues.HasErrors;

    public void Error(string code, string message, int position) =>
        _issues.Error(code, message, position);

    /// <summary>A wrong check character: an error, or a warning in lenient mode.</summary>
    public void CheckFailure(string code, string message, int position) =>
        _issues.LenientFailure(code, message, position);

    public void Add(string id, string value) => _elements.Add(new UdiElement(id, value));

    public void SetDi(string di) => _di = di;

    public void SetLot(string lot, int position) => _lot = Merge(_lot, lot, "lot", position);

    public void SetSerial(string serial, int position) => _serial = Merge(_serial, serial, "serial", position);

    public void SetExpiry(DateOnly date, int position) => _expiry = Merge(_expiry, date, "expiry date", position);

    public void SetManufactured(DateOnly date, int position) =>
        _manufactured = Merge(_manufactured, date, "manufacture date", position);

    public UdiParseResult Build(string hri) => new()
    {
        Issuer = UdiIssuer.Hibcc,
        Di = _di,
        Lot = _lot,
        Serial = _serial,
        Expiry = _expiry,
        Manufactured = _manufactured,
        Elements = _elements,
        Hri = hri,
        Errors = _issues.Errors,
        Warnings = _issues.Warnings,
    };

    private T? Merge<T>(T? current, T value, string what, int position)
        where T : class
    {
        if (current is not null && !current.Equals(value))
        {
            Error(HibccErrorCodes.ConflictingData, $"The {what} appears twice with different values.", position);
            return current;
        }

        return value;
    }

    private DateOnly? Merge(DateOnly? current, DateOnly value, string what, int position)
    {
        if (current is { } existing && existing != value)
        {
            Error(HibccErrorCodes.ConflictingData, $"The {what} appears twice with different values.", position);
            return current;
        }

        return value;
    }
}
