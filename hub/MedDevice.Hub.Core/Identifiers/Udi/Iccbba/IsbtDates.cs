using System.Globalization;

namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>ISBT 128 dates: <c>cyyjjj</c> (century digit, year in century, day of year; year = 2000 + cyy) and <c>hhmm</c>.</summary>
internal static class IsbtDates
{
    public static bool TryDecodeJulian(ReadOnlySpan<char> cyyjjj, out DateOnly date)
    {
        date = default;
        if (cyyjjj.Length != 6 || cyyjjj.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var year = 2000 + Num(cyyjjj[..3]);
        var day = Num(cyyjjj[3..]);
        if (day < 1 || day > (DateTime.IsLeapYear(year) ? 366 : 365))
        {
            return false;
        }

        date = new DateOnly(year, 1, 1).AddDays(day - 1);
        return true;
    }

    public static bool IsValidTime(ReadOnlySpan<char> hhmm) =>
        hhmm.Length == 4 && !hhmm.ContainsAnyExceptInRange('0', '9') && Num(hhmm[..2]) <= 23 && Num(hhmm[2..]) <= 59;

    public static bool IsValidYearMonth(ReadOnlySpan<char> yyyymm) =>
        yyyymm.Length == 6 && !yyyymm.ContainsAnyExceptInRange('0', '9') && Num(yyyymm[..4]) >= 1 && Num(yyyymm[4..]) is >= 1 and <= 12;

    private static int Num(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
