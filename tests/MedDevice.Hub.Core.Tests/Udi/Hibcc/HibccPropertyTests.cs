using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

public sealed class HibccPropertyTests
{
    [Property(MaxTest = 500)]
    public Property RenderParse_ValidConcatenatedSymbol_IsIdentity() =>
        Prop.ForAll(HibccGenerators.Samples(), sample =>
        {
            var text = sample.Concatenated();
            var result = UdiTestParsers.Parse(text);
            return result.Ok && HibccRenderer.Render(result.Elements) == text && result.Hri == text;
        });

    [Property(MaxTest = 300)]
    public Property Parse_SplitLinearSymbols_SameElementsAsConcatenated() =>
        Prop.ForAll(HibccGenerators.Samples(), sample =>
        {
            var split = UdiTestParsers.Parse(sample.Split());
            var concatenated = UdiTestParsers.Parse(sample.Concatenated());
            return split.Ok && split.Elements.SequenceEqual(concatenated.Elements)
                && split.Di == concatenated.Di && split.Lot == concatenated.Lot && split.Serial == concatenated.Serial
                && split.Expiry == concatenated.Expiry && split.Manufactured == concatenated.Manufactured;
        });

    [Property(MaxTest = 100)]
    public Property Parse_AnyOtherCheckCharacter_IsRejected() =>
        Prop.ForAll(HibccGenerators.Samples(), sample =>
        {
            var text = sample.Concatenated();
            return HibccCheckCharacter.Alphabet.Where(c => c != text[^1]).All(c =>
            {
                var result = UdiTestParsers.Parse(text[..^1] + c);
                return !result.Ok && result.Errors.Any(e => e.Code == HibccErrorCodes.CheckCharacterMismatch && e.Position == text.Length - 1);
            });
        });

    [Property(MaxTest = 100)]
    public Property Parse_AnyOtherCheckCharacterLenient_IsAcceptedWithWarning() =>
        Prop.ForAll(HibccGenerators.Samples(), sample =>
        {
            var text = sample.Concatenated();
            var wrong = HibccCheckCharacter.Alphabet[(HibccCheckCharacter.ValueOf(text[^1]) + 1) % 43];
            var result = UdiTestParsers.Parse(text[..^1] + wrong, lenient: true);
            return result.Ok && result.Warnings.Count == 1 && result.Warnings[0].Code == HibccErrorCodes.CheckCharacterMismatch;
        });

    [Property(MaxTest = 200)]
    public Property Parse_ValidSample_IssuerIsHibccAndDiIsPrimary() =>
        Prop.ForAll(HibccGenerators.Samples(), sample =>
            UdiTestParsers.Parse(sample.Concatenated()) is { Issuer: UdiIssuer.Hibcc } result && result.Di == sample.Primary);
}
