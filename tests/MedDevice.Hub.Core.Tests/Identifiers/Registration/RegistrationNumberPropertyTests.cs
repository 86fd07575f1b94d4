using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedDevice.Hub.Core.Identifiers.Registration;

namespace MedDevice.Hub.Core.Tests.Identifiers.Registration;

public class RegistrationNumberPropertyTests
{
    private static readonly Gen<string> Digit = Gen.Choose(0, 9).Select(d => ((char)('0' + d)).ToString());

    private static Gen<string> Digits(int count) => Gen.ArrayOf(Digit, count).Select(string.Concat);

    private static Arbitrary<string> CanonicalNumbers()
    {
        var declaration =
            from yy in Digits(2)
            from sequence in Digits(7)
            from cls in Gen.Elements("A", "B")
            from issuer in Gen.Elements("HCM", "HN", "BYT", "BD", "ĐN")
            select $"{yy}{sequence}/PCB{cls}-{issuer}";
        var certificate =
            from yy in Digits(2)
            from sequence in Digits(5)
            from department in Gen.Elements("TB-CT", "HTTB")
            select $"{yy}{sequence}ĐKLH/BYT-{department}";
        return Gen.OneOf(declaration, certificate)
            .Where(s => !s[2..].TakeWhile(char.IsDigit).All(c => c == '0'))
            .ToArbitrary();
    }

    [Property]
    public Property Parse_GeneratedCanonicalNumber_IsValidAndUnchanged() =>
        Prop.ForAll(CanonicalNumbers(), text =>
        {
            var result = RegistrationNumberParser.Parse(text);
            return result.Ok && result.Value!.Canonical == text && result.Value.Year == 2000 + int.Parse(text[..2]);
        });

    [Property]
    public Property Parse_LowerCaseWithSpacesAndPlainD_GivesSameCanonical() =>
        Prop.ForAll(CanonicalNumbers(), text =>
        {
            var sloppy = string.Join(' ', text.Replace('Đ', 'D').ToLowerInvariant().Chunk(3).Select(c => new string(c)));
            var result = RegistrationNumberParser.Parse(sloppy);
            var expected = text.Contains("KLH", StringComparison.Ordinal) ? text : text.Replace('Đ', 'D');
            return result.Ok && result.Value!.Canonical == expected;
        });
}
