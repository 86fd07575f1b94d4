using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedDevice.Hub.Core.Identifiers.Udi.Iccbba;
using MedDevice.Hub.Core.Tests.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Iccbba;

public sealed class IsbtPropertyTests
{
    [Property(MaxTest = 500)]
    public Property RenderParse_ValidMessage_IsIdentity() =>
        Prop.ForAll(IsbtGenerators.Messages(), text =>
        {
            var result = UdiTestParsers.Parse(text);
            return result.Ok && IsbtRenderer.Render(result.Elements) == text && result.Hri == text;
        });

    [Property(MaxTest = 300)]
    public Property IsValid_AnyOtherDinCheckCharacter_IsRejected() =>
        Prop.ForAll(IsbtGenerators.Dins(), din =>
        {
            var check = IsbtDinCheckCharacter.Compute(din);
            return IsbtDinCheckCharacter.IsValid(din + check)
                && IsbtDinCheckCharacter.Alphabet.Where(c => c != check).All(c => !IsbtDinCheckCharacter.IsValid(din + c));
        });

    [Property(MaxTest = 100)]
    public Property Parse_AnyOtherDinCheckFlags_IsRejected() =>
        Prop.ForAll(IsbtGenerators.Dins(), din =>
        {
            var value = IsbtDinCheckCharacter.ComputeValue(din);
            var accepted = UdiTestParsers.Parse("=" + din + (60 + value).ToString(CultureInfo.InvariantCulture)).Ok;
            return accepted && Enumerable.Range(0, 37).Where(v => v != value).All(v =>
            {
                var result = UdiTestParsers.Parse("=" + din + (60 + v).ToString(CultureInfo.InvariantCulture));
                return !result.Ok && result.Errors.Single().Code == IsbtErrorCodes.DinCheckMismatch && result.Errors.Single().Position == 14;
            });
        });
}
