namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>The date layouts of HIBC LIC secondary data.</summary>
public enum HibccDateFormat
{
    /// <summary>MMYY (flag <c>$$</c>/<c>$$+</c> followed by a month starting with 0 or 1).</summary>
    MonthYear,

    /// <summary>MMDDYY (format character 2).</summary>
    MonthDayYear,

    /// <summary>YYMMDD (format character 3).</summary>
    YearMonthDay,

    /// <summary>YYMMDDHH (format character 4); the hour is kept in the raw value only.</summary>
    YearMonthDayHour,

    /// <summary>YYJJJ, day of year (format character 5, and the legacy secondary).</summary>
    YearJulian,

    /// <summary>YYJJJHH (format character 6); the hour is kept in the raw value only.</summary>
    YearJulianHour,

    /// <summary>YYYYMMDD (supplemental <c>/14D</c> and <c>/16D</c>).</summary>
    FullYearMonthDay,
}
