namespace MedDevice.Hub.Core.Identifiers.PersonalId;

/// <summary>
/// The one display form of a personal number. A 12-digit number keeps its province code (already shown as
/// derived data) and its last two digits: <c>001*******45</c>; any other length keeps only the last two:
/// <c>*******45</c>. Enough to tell two numbers apart on screen, not enough to recover one.
/// </summary>
public static class PersonalIdMasking
{
    /// <summary>The mask character.</summary>
    public const char MaskChar = '*';

    /// <summary>Masks a personal number for display or logs.</summary>
    public static string Mask(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length <= 4)
        {
            return new string(MaskChar, digits.Length);
        }

        var keepStart = digits.Length == 12 ? 3 : 0;
        return string.Create(digits.Length, (digits, keepStart), static (span, state) =>
        {
            var (source, start) = state;
            span.Fill(MaskChar);
            source.AsSpan(0, start).CopyTo(span);
            source.AsSpan(source.Length - 2).CopyTo(span[^2..]);
        });
    }
}
