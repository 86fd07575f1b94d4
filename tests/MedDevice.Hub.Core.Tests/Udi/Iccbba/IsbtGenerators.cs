using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

namespace MedDevice.Hub.Core.Tests.Udi.Iccbba;

/// <summary>FsCheck generators of valid concatenated ISBT 128 data structures, each at most once.</summary>
internal static class IsbtGenerators
{
    private static readonly char[] Upper = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray();
    private static readonly char[] DigitChars = "0123456789".ToCharArray();
    private static readonly char[] DinLead = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789".ToCharArray();

    /// <summary>A 13-character DIN.</summary>
    public static Arbitrary<string> Dins() => Din13().ToArbitrary();

    /// <summary>Concatenated data structures, optionally behind a compound message header with the right count.</summary>
    public static Arbitrary<string> Messages() =>
        (from structures in Gen.SubListOf(Structures()).Where(s => s.Count > 0)
         from ordered in Gen.Shuffle(structures.ToArray())
         from gens in Gen.CollectToArray<string>(ordered)
         from header in Gen.Elements(true, false)
         select (header ? "=+" + gens.Length.ToString("00", CultureInfo.InvariantCulture) + "000" : string.Empty) + string.Concat(gens))
        .ToArbitrary();

    private static Gen<string>[] Structures() =>
    [
        Text(Upper, 16).Select(v => "=/" + v),
        Text(DigitChars, 6).Select(v => "=," + v),
        Din13().SelectMany(_ => Gen.Elements(true, false), (din, check) =>
            "=" + din + (check ? (60 + IsbtDinCheckCharacter.ComputeValue(din)).ToString(CultureInfo.InvariantCulture) : "00")),
        Julian().Select(v => "=>" + v),
        Julian().SelectMany(_ => Time(), (d, t) => "&*" + d + t),
        Julian().Select(v => "=}" + v),
        Text(Upper, 18).Select(v => "&,1" + v),
        Text(Upper, 10).Select(v => "=)" + v),
        Text(Upper, 10).Select(v => "&)" + v),
    ];

    private static Gen<string> Din13() =>
        Gen.Elements(DinLead).SelectMany(_ => Text(Upper, 12), (lead, rest) => lead + rest);

    private static Gen<string> Julian() =>
        from year in Gen.Choose(0, 99)
        from day in Gen.Choose(1, 365)
        select "0" + year.ToString("00", CultureInfo.InvariantCulture) + day.ToString("000", CultureInfo.InvariantCulture);

    private static Gen<string> Time() =>
        from h in Gen.Choose(0, 23)
        from m in Gen.Choose(0, 59)
        select h.ToString("00", CultureInfo.InvariantCulture) + m.ToString("00", CultureInfo.InvariantCulture);

    private static Gen<string> Text(char[] alphabet, int length) =>
        Gen.ArrayOf(Gen.Elements(alphabet), length).Select(chars => new string(chars));
}
