using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1;

namespace MedDevice.Hub.Core.Tests.Udi.Gs1;

public sealed class Gs1UdiPropertyTests
{
    private const string Cset82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly UdiParserOptions Lenient = new() { Lenient = true };

    public static Arbitrary<ValidUdi> Udis() =>
        (from gtin in Gtin()
         from lot in Text()
         from serial in Text()
         from expiry in Date(allowDayZero: true)
         from made in Date(allowDayZero: true)
         select new ValidUdi(gtin, lot, serial, expiry, made)).ToArbitrary();

    [Property(Arbitrary = [typeof(Gs1UdiPropertyTests)])]
    public bool Parse_BracketedHri_RendersTheSameHri(ValidUdi udi)
    {
        var result = Parse(udi.Bracketed);

        return result.Ok && result.Hri == udi.Bracketed && result.Di == udi.Gtin && result.Lot == udi.Lot && result.Serial == udi.Serial;
    }

    [Property(Arbitrary = [typeof(Gs1UdiPropertyTests)])]
    public bool Parse_ElementString_RoundTrips(ValidUdi udi)
    {
        var first = Parse(udi.Bracketed);
        var again = Parse(first.ElementString!);
        var scanned = Parse("]d2" + first.ElementString![1..].Replace('^', '\u001d'));

        return again.Ok && again.ElementString == first.ElementString && again.Elements.SequenceEqual(first.Elements)
            && scanned.Ok && scanned.Elements.SequenceEqual(first.Elements);
    }

    [Property(Arbitrary = [typeof(Gs1UdiPropertyTests)])]
    public bool Parse_DigitalLink_RoundTrips(ValidUdi udi)
    {
        var first = Parse(udi.Bracketed);
        var again = Parse(first.DigitalLink!);

        return again.Ok && again.DigitalLink == first.DigitalLink
            && again.Elements.OrderBy(e => e.Id, StringComparer.Ordinal).SequenceEqual(first.Elements.OrderBy(e => e.Id, StringComparer.Ordinal));
    }

    [Property(Arbitrary = [typeof(Gs1UdiPropertyTests)])]
    public Property Parse_AnyOtherCheckDigit_IsRejectedStrictAndWarnedLenient(ValidUdi udi) =>
        Prop.ForAll(Gen.Choose(1, 9).ToArbitrary(), delta =>
        {
            var digit = (char)('0' + ((udi.Gtin[13] - '0' + delta) % 10));
            var wrong = udi with { Gtin = udi.Gtin[..13] + digit };

            var strict = Parse(wrong.Bracketed);
            var lenient = Gs1UdiParser.Parse(wrong.Bracketed, Lenient, Today);

            return !strict.Ok && strict.Errors[0].Code == Gs1ErrorCodes.LintIncorrectCheckDigit && strict.Errors[0].Position == 17
                && lenient.Ok && lenient.Warnings.Count == 1 && lenient.Di == wrong.Gtin;
        });

    private static UdiParseResult Parse(string text) => Gs1UdiParser.Parse(text, UdiParserOptions.Default, Today);

    private static Gen<string> Gtin() =>
        Gen.ArrayOf(Gen.Choose(0, 9), 13).Select(digits =>
        {
            var body = string.Concat(digits);
            var sum = 0;
            for (var i = 0; i < 13; i++)
            {
                sum += (body[12 - i] - '0') * (i % 2 == 0 ? 3 : 1);
            }

            return body + (char)('0' + ((10 - (sum % 10)) % 10));
        });

    private static Gen<string> Text() =>
        from length in Gen.Choose(1, 20)
        from chars in Gen.ArrayOf(Gen.Elements(Cset82.ToCharArray()), length)
        select new string(chars);

    private static Gen<string> Date(bool allowDayZero) =>
        from year in Gen.Choose(0, 99)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(allowDayZero ? 0 : 1, 28)
        select $"{year:D2}{month:D2}{day:D2}";

    /// <summary>A generated valid GS1 UDI.</summary>
    public sealed record ValidUdi(string Gtin, string Lot, string Serial, string Expiry, string Made)
    {
        /// <summary>Bracketed HRI with '(' in data escaped.</summary>
        public string Bracketed =>
            $"(01){Gtin}(11){Made}(17){Expiry}(10){Lot.Replace("(", "\\(", StringComparison.Ordinal)}(21){Serial.Replace("(", "\\(", StringComparison.Ordinal)}";
    }
}
