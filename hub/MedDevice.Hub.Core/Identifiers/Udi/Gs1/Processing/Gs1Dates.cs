namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>Turns GS1 YYMMDD dates into calendar dates.</summary>
internal static class Gs1Dates
{
    /// <summary>
    /// The full year for a two-digit year by the GS1 General Specifications §7.12 sliding window: a year 51 to
    /// 99 ahead of <paramref name="today"/>'s is in the previous century, 50 to 99 behind in the next one.
    /// </summary>
    public static int ResolveYear(int twoDigitYear, DateOnly today)
    {
        var century = today.Year / 100 * 100;
        var difference = twoDigitYear - (today.Year % 100);
        if (difference is >= 51 and <= 99)
        {
            century -= 100;
        }
        else if (difference is >= -99 and <= -50)
        {
            century += 100;
        }

        return century + twoDigitYear;
    }

    /// <summary>Parses YYMMDD; day 00 means the last day of the month. Null when it is not a calendar date.</summary>
    public static DateOnly? FromYymmdd(ReadOnlySpan<char> yymmdd, DateOnly today)
    {
        if (yymmdd.Length != 6 || yymmdd.IndexOfAnyExcept(Linting.Gs1CharacterSets.Digits) >= 0)
        {
            return null;
        }

        var year = ResolveYear(((yymmdd[0] - '0') * 10) + (yymmdd[1] - '0'), today);
        var month = ((yymmdd[2] - '0') * 10) + (yymmdd[3] - '0');
        var day = ((yymmdd[4] - '0') * 10) + (yymmdd[5] - '0');
        if (month is < 1 or > 12 || year is < 1 or > 9999)
        {
            return null;
        }

        var last = DateTime.DaysInMonth(year, month);
        if (day == 0)
        {
            day = last;
        }

        return day <= last ? new DateOnly(year, month, day) : null;
    }
}
