namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>Walks the fields of an all-digit coupon value, producing errors in the GS1 linter conventions.</summary>
internal ref struct Gs1CouponCursor(ReadOnlySpan<char> data)
{
    private readonly ReadOnlySpan<char> _data = data;

    /// <summary>Current position.</summary>
    public int Pos { get; set; }

    /// <summary>True when all data is consumed.</summary>
    public readonly bool AtEnd => Pos >= _data.Length;

    /// <summary>The digit at the current position.</summary>
    public readonly char Current => _data[Pos];

    /// <summary>Characters left.</summary>
    public readonly int Remaining => _data.Length - Pos;

    /// <summary>A missing field: the whole value is marked.</summary>
    public readonly Gs1LintResult Missing(Gs1LintError error) => Gs1LintResult.Whole(error, _data.Length);

    /// <summary>An invalid single digit at the current position.</summary>
    public readonly Gs1LintResult Invalid(Gs1LintError error) => new(error, Pos, 1);

    /// <summary>A field shorter than required: the rest of the data, or the whole value when nothing is left.</summary>
    public readonly Gs1LintResult Truncated(Gs1LintError error) =>
        AtEnd ? Gs1LintResult.Whole(error, _data.Length) : new(error, Pos, Remaining);

    /// <summary>The next <paramref name="length"/> characters.</summary>
    public readonly ReadOnlySpan<char> Peek(int length) => _data.Slice(Pos, length);

    /// <summary>True if the current digit starts the optional field <paramref name="indicator"/>.</summary>
    public readonly bool At(char indicator) => !AtEnd && Current == indicator;

    /// <summary>
    /// Reads a VLI digit at the current position and checks that the field it announces (VLI + <paramref name="add"/>
    /// digits) follows; on success the cursor is after the field and <paramref name="length"/> holds its length.
    /// </summary>
    public Gs1LintResult VliField(char max, int add, Gs1LintError missing, Gs1LintError invalid, Gs1LintError truncated, out int length)
    {
        length = 0;
        if (AtEnd)
        {
            return Missing(missing);
        }

        if (Current > max)
        {
            return Invalid(invalid);
        }

        length = Current - '0' + add;
        Pos++;
        return Remaining < length ? Truncated(truncated) : Gs1LintResult.Ok;
    }

    /// <summary>Checks a GS1 Company Prefix of <paramref name="length"/> digits at the current position and skips it.</summary>
    public Gs1LintResult Gcp(int length)
    {
        var result = Gs1CheckLinters.GcpPos1(Peek(length));
        if (!result.IsOk)
        {
            return new(result.Error, Pos, length);
        }

        Pos += length;
        return Gs1LintResult.Ok;
    }

    /// <summary>Skips a fixed field of <paramref name="length"/> digits, or reports it truncated.</summary>
    public Gs1LintResult Fixed(int length, Gs1LintError truncated)
    {
        if (Remaining < length)
        {
            return Truncated(truncated);
        }

        Pos += length;
        return Gs1LintResult.Ok;
    }

    /// <summary>Reports data left over after the last recognised field.</summary>
    public readonly Gs1LintResult End() =>
        AtEnd ? Gs1LintResult.Ok : new(Gs1LintError.CouponExcessData, Pos, Remaining);
}
