namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>Date and time linters: yymmdd, yymmd0, yyyymmdd, yyyymmd0, hh, mi, ss, hhmi.</summary>
internal static class Gs1DateTimeLinters
{
    /// <summary>
    /// YYMMDD or YYYYMMDD (<paramref name="yearDigits"/> = 2 or 4). With two-digit years every year divisible
    /// by four is taken as a leap year; day 00 is accepted when <paramref name="allowDayZero"/>.
    /// </summary>
    public static Gs1LintResult Date(ReadOnlySpan<char> data, int yearDigits, bool allowDayZero)
    {
        var expected = yearDigits + 4;
        if (data.Length != expected)
        {
            return Gs1LintResult.Whole(
                data.Length < expected ? Gs1LintError.DateTooShort : Gs1LintError.DateTooLong, data.Length);
        }

        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(Gs1LintError.NonDigitCharacter, bad, 1);
        }

        var year = Number(data[..yearDigits]);
        var month = Number(data.Slice(yearDigits, 2));
        var day = Number(data.Slice(yearDigits + 2, 2));
        if (month is < 1 or > 12)
        {
            return new(Gs1LintError.IllegalMonth, yearDigits, 2);
        }

        var leap = yearDigits == 2 ? year % 4 == 0 : DateTime.IsLeapYear(year == 0 ? 2000 : year);
        if ((day == 0 && !allowDayZero) || day > DaysInMonth(month, leap))
        {
            return new(Gs1LintError.IllegalDay, yearDigits + 2, 2);
        }

        return Gs1LintResult.Ok;
    }

    public static Gs1LintResult Hour(ReadOnlySpan<char> data) =>
        TwoDigits(data, 23, Gs1LintError.HourTooShort, Gs1LintError.HourTooLong, Gs1LintError.IllegalHour);

    public static Gs1LintResult Minute(ReadOnlySpan<char> data) =>
        TwoDigits(data, 59, Gs1LintError.MinuteTooShort, Gs1LintError.MinuteTooLong, Gs1LintError.IllegalMinute);

    public static Gs1LintResult Second(ReadOnlySpan<char> data) =>
        TwoDigits(data, 59, Gs1LintError.SecondTooShort, Gs1LintError.SecondTooLong, Gs1LintError.IllegalSecond);

    public static Gs1LintResult HourMinute(ReadOnlySpan<char> data)
    {
        if (data.Length != 4)
        {
            return Gs1LintResult.Whole(
                data.Length < 4 ? Gs1LintError.HourWithMinuteTooShort : Gs1LintError.HourWithMinuteTooLong,
                data.Length);
        }

        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(Gs1LintError.NonDigitCharacter, bad, 1);
        }

        if (Number(data[..2]) > 23)
        {
            return new(Gs1LintError.IllegalHour, 0, 2);
        }

        return Number(data[2..]) > 59 ? new(Gs1LintError.IllegalMinute, 2, 2) : Gs1LintResult.Ok;
    }

    /// <summary>Days in a month (1-12).</summary>
    public static int DaysInMonth(int month, bool leap) => month switch
    {
        2 => leap ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>The value of a short all-digit span.</summary>
    public static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static Gs1LintResult TwoDigits(
        ReadOnlySpan<char> data, int max, Gs1LintError tooShort, Gs1LintError tooLong, Gs1LintError illegal)
    {
        if (data.Length != 2)
        {
            return Gs1LintResult.Whole(data.Length < 2 ? tooShort : tooLong, data.Length);
        }

        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(Gs1LintError.NonDigitCharacter, bad, 1);
        }

        return Number(data) > max ? Gs1LintResult.Whole(illegal, 2) : Gs1LintResult.Ok;
    }
}
