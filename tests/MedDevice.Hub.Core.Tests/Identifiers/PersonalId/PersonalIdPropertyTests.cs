using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Hub.Core.Tests.Identifiers.PersonalId;

public class PersonalIdPropertyTests
{
    private static Gen<string> Digits(int count) => Gen.ArrayOf(Gen.Choose(0, 9), count).Select(d => string.Concat(d));

    private static Arbitrary<(string Province, int Century, int Yy, string Random)> ValidParts() =>
        (from province in Gen.Elements(ProvinceCodes.All.Keys.ToArray())
         from century in Gen.Choose(0, 9)
         from yy in Gen.Choose(0, 99)
         from random in Digits(6)
         select (province, century, yy, random)).ToArbitrary();

    [Property]
    public Property Parse_GeneratedNumberFromKnownProvince_IsValidAndDecodes() =>
        Prop.ForAll(ValidParts(), parts =>
        {
            var (province, century, yy, random) = parts;
            var result = PersonalIdParser.Parse($"{province}{century}{yy:00}{random}");
            var id = result.Value!;
            return result.Ok
                && id.ProvinceCode == province
                && id.BirthYear == 1900 + (100 * (century / 2)) + yy
                && id.Sex == (century % 2 == 0 ? Sex.Male : Sex.Female)
                && id.Masked == $"{province}*******{random[^2..]}";
        });

    [Property]
    public Property Parse_ProvinceNotInList_IsRejected() =>
        Prop.ForAll(
            Gen.Choose(0, 999).Select(p => p.ToString("000")).Where(p => ProvinceCodes.NameOf(p) is null).ToArbitrary(),
            Digits(9).ToArbitrary(),
            (province, rest) => PersonalIdParser.Parse(province + rest).Errors.Any(e => e.Code == PersonalIdErrorCodes.UnknownProvince));
}
