using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

/// <summary>A generated HIBC UDI: the primary data and the secondary fields (without '/').</summary>
public sealed record HibccSample(string Primary, IReadOnlyList<string> Fields)
{
    /// <summary>One 2D symbol: <c>+primary/field/field…</c> and the check character.</summary>
    public string Concatenated()
    {
        var data = "+" + Primary + string.Concat(Fields.Select(f => "/" + f));
        return data + HibccCheckCharacter.Compute(data);
    }

    /// <summary>Separate linear symbols: the primary, then one symbol per field with link and check characters.</summary>
    public string Split()
    {
        var primary = "+" + Primary;
        var link = HibccCheckCharacter.Compute(primary);
        var text = primary + link;
        foreach (var field in Fields)
        {
            var symbol = "+" + field + link;
            text += symbol + HibccCheckCharacter.Compute(symbol);
        }

        return text;
    }

    public override string ToString() => Concatenated();
}

/// <summary>FsCheck generators of valid HIBC data: at most one lot, one serial and one expiry carrier, so nothing conflicts.</summary>
internal static class HibccGenerators
{
    private static readonly char[] Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray();
    private static readonly char[] Alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray();
    private static readonly char[] DigitChars = "0123456789".ToCharArray();

    public static Arbitrary<HibccSample> Samples() => Sample().ToArbitrary();

    private static Gen<HibccSample> Sample() =>
        from lic in Text(Letters, 1, 1).SelectMany(first => Text(Alnum, 3, 3), (first, rest) => first + rest)
        from pcn in Text(Alnum, 1, 18)
        from uom in Text(DigitChars, 1, 1)
        from expiryCarrier in Gen.Choose(0, 3)
        from lot in LotField(withDate: expiryCarrier == 1)
        from serial in SerialField(withDate: expiryCarrier == 2)
        from made in Optional(FullDate().Select(d => "16D" + d))
        from expiry in expiryCarrier == 3 ? FullDate().Select(d => "14D" + d) : Gen.Constant(string.Empty)
        from quantity in Optional(Text(DigitChars, 1, 5).Select(q => "Q" + q))
        select new HibccSample(lic + pcn + uom, new[] { lot, serial, made, expiry, quantity }.Where(f => f.Length > 0).ToList());

    private static Gen<string> LotField(bool withDate)
    {
        var lot = Text(Alnum, 0, 18);
        var dated = DatePart().SelectMany(_ => lot, (date, l) => date + l);
        var afterQuantity = withDate ? dated : lot.Select(l => "7" + l);
        var quantity = Gen.OneOf(Text(DigitChars, 2, 2).Select(q => "$$8" + q), Text(DigitChars, 5, 5).Select(q => "$$9" + q))
            .SelectMany(_ => afterQuantity, (q, rest) => q + rest);
        return withDate
            ? Gen.OneOf(dated.Select(d => "$$" + d), quantity)
            : Gen.OneOf(Gen.Constant(string.Empty), lot.Select(l => "$" + l), lot.Select(l => "$$7" + l), quantity);
    }

    private static Gen<string> SerialField(bool withDate)
    {
        var serial = Text(Alnum, 1, 18);
        return withDate
            ? DatePart().SelectMany(_ => serial, (date, s) => "$$+" + date + s)
            : Gen.OneOf(Gen.Constant(string.Empty), serial.Select(s => "$+" + s), serial.Select(s => "$$+7" + s), serial.Select(s => "S" + s));
    }

    /// <summary>A date layout indicator and date: MMYY (no indicator) or 2–6 and the matching digits.</summary>
    private static Gen<string> DatePart() =>
        from format in Gen.Elements(
            HibccDateFormat.MonthYear, HibccDateFormat.MonthDayYear, HibccDateFormat.YearMonthDay,
            HibccDateFormat.YearMonthDayHour, HibccDateFormat.YearJulian, HibccDateFormat.YearJulianHour)
        from day in Gen.Choose(0, 14600)
        from hour in Gen.Choose(0, 23)
        select Indicator(format) + Format(new DateOnly(2000, 1, 1).AddDays(day), format, hour);

    private static Gen<string> FullDate() =>
        Gen.Choose(0, 14600).Select(day => Format(new DateOnly(2000, 1, 1).AddDays(day), HibccDateFormat.FullYearMonthDay, 0));

    private static string Indicator(HibccDateFormat format) =>
        format == HibccDateFormat.MonthYear ? string.Empty : ((int)format + 1).ToString(CultureInfo.InvariantCulture);

    public static string Format(DateOnly date, HibccDateFormat format, int hour)
    {
        var hh = hour.ToString("00", CultureInfo.InvariantCulture);
        var jjj = date.DayOfYear.ToString("000", CultureInfo.InvariantCulture);
        return format switch
        {
            HibccDateFormat.MonthYear => date.ToString("MMyy", CultureInfo.InvariantCulture),
            HibccDateFormat.MonthDayYear => date.ToString("MMddyy", CultureInfo.InvariantCulture),
            HibccDateFormat.YearMonthDay => date.ToString("yyMMdd", CultureInfo.InvariantCulture),
            HibccDateFormat.YearMonthDayHour => date.ToString("yyMMdd", CultureInfo.InvariantCulture) + hh,
            HibccDateFormat.YearJulian => date.ToString("yy", CultureInfo.InvariantCulture) + jjj,
            HibccDateFormat.YearJulianHour => date.ToString("yy", CultureInfo.InvariantCulture) + jjj + hh,
            _ => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        };
    }

    private static Gen<string> Optional(Gen<string> gen) => Gen.OneOf(Gen.Constant(string.Empty), gen);

    private static Gen<string> Text(char[] alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet), n), (_, chars) => new string(chars));
}
