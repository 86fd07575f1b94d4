using System.Globalization;

namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>Decodes the HIBC date layouts. Two-digit years use a window of 49 years back and 50 ahead of today.</summary>
public static class HibccDates
{
    /// <summary>Number of digits of a layout.</summary>
    public static int LengthOf(HibccDateFormat format) => format switch
    {
        HibccDateFormat.MonthYear => 4,
        HibccDateFormat.MonthDayYear or HibccDateFormat.YearMonthDay => 6,
        HibccDateFormat.YearMonthDayHour or HibccDateFormat.FullYearMonthDay => 8,
        HibccDateFormat.YearJulian => 5,
        HibccDateFormat.YearJulianHour => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The layout as a pattern (<c>MMYY</c>, <c>YYJJJHH</c>, …), for messages and documentation.</summary>
    public static string PatternOf(HibccDateFormat format) => format switch
    {
        HibccDateFormat.MonthYear => "MMYY",
        HibccDateFormat.MonthDayYear => "MMDDYY",
        HibccDateFormat.YearMonthDay => "YYMMDD",
        HibccDateFormat.YearMonthDayHour => "YYMMDDHH",
        HibccDateFormat.YearJulian => "YYJJJ",
        HibccDateFormat.YearJulianHour => "YYJJJHH",
        HibccDateFormat.FullYearMonthDay => "YYYYMMDD",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>
    /// Decodes <paramref name="digits"/> (exactly <see cref="LengthOf"/> characters). MMYY carries no day:
    /// the first day of the month is returned (the earlier, conservative reading). Hours are validated, not kept.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> digits, HibccDateFormat format, DateOnly today, out DateOnly date)
    {
        date = default;
        if (digits.Length != LengthOf(format) || !IsDigits(digits))
        {
            return false;
        }

        return format switch
        {
            HibccDateFormat.MonthYear => TryCreate(Year2(digits[2..4], today), Num(digits[..2]), 1, out date),
            HibccDateFormat.MonthDayYear => TryCreate(Year2(digits[4..6], today), Num(digits[..2]), Num(digits[2..4]), out date),
            HibccDateFormat.YearMonthDay => TryCreate(Year2(digits[..2], today), Num(digits[2..4]), Num(digits[4..6]), out date),
            HibccDateFormat.YearMonthDayHour => Num(digits[6..8]) <= 23
                && TryCreate(Year2(digits[..2], today), Num(digits[2..4]), Num(digits[4..6]), out date),
            HibccDateFormat.YearJulian => TryJulian(Year2(digits[..2], today), Num(digits[2..5]), out date),
            HibccDateFormat.YearJulianHour => Num(digits[5..7]) <= 23
                && TryJulian(Year2(digits[..2], today), Num(digits[2..5]), out date),
            HibccDateFormat.FullYearMonthDay => TryCreate(Num(digits[..4]), Num(digits[4..6]), Num(digits[6..8]), out date),
            _ => false,
        };
    }

    /// <summary>Resolves a two-digit year to the year within [today − 49, today + 50].</summary>
    public static int ResolveYear(int twoDigitYear, DateOnly today)
    {
        var year = (today.Year / 100 * 100) + twoDigitYear;
        if (year > today.Year + 50)
        {
            year -= 100;
        }
        else if (year < today.Year - 49)
        {
            year += 100;
        }

        return year;
    }

    private static int Year2(ReadOnlySpan<char> yy, DateOnly today) => ResolveYear(Num(yy), today);

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryJulian(int year, int dayOfYear, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || dayOfYear < 1 || dayOfYear > (DateTime.IsLeapYear(year) ? 366 : 365))
        {
            return false;
        }

        date = new DateOnly(year, 1, 1).AddDays(dayOfYear - 1);
        return true;
    }

    private static int Num(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
