using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedDevice.Hub.Core.Identifiers.TaxCode;

namespace MedDevice.Hub.Core.Tests.Identifiers.TaxCode;

public class TaxCodePropertyTests
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    private static Arbitrary<string> Prefixes() =>
        Gen.ArrayOf(Gen.Choose(0, 9), 9).Select(d => string.Concat(d)).ToArbitrary();

    // Independent restatement of the reference rule, so the property does not just call the code under test.
    private static int? ReferenceCheckDigit(string prefix)
    {
        var remainder = prefix.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11;
        return remainder == 0 ? null : 10 - remainder;
    }

    [Property]
    public Property Parse_GeneratedCodeWithComputedCheckDigit_IsValid() =>
        Prop.ForAll(Prefixes(), prefix =>
        {
            var check = ReferenceCheckDigit(prefix);
            return check is null || TaxCodeParser.Parse($"{prefix}{check}").Ok;
        });

    [Property]
    public Property Parse_AnyOtherCheckDigit_IsRejected() =>
        Prop.ForAll(Prefixes(), Gen.Choose(1, 9).ToArbitrary(), (prefix, shift) =>
        {
            var check = ReferenceCheckDigit(prefix);
            if (check is null)
            {
                return TaxCodeParser.Parse($"{prefix}{shift}").Errors.Single().Code == TaxCodeErrorCodes.NoCheckDigitPossible;
            }

            var wrong = (check.Value + shift) % 10;
            var errors = TaxCodeParser.Parse($"{prefix}{wrong}").Errors;
            return errors.Count == 1 && errors[0].Code == TaxCodeErrorCodes.CheckDigitMismatch;
        });

    // Every weight is non-zero mod 11 and 11 is prime, so changing any one of the first nine digits moves the
    // remainder: the old check digit no longer fits (or no check digit exists at all).
    [Property]
    public Property Parse_SingleDigitChangeInPrefix_IsRejected() =>
        Prop.ForAll(Prefixes(), Gen.Choose(0, 8).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (prefix, position, shift) =>
        {
            var check = ReferenceCheckDigit(prefix);
            if (check is null)
            {
                return true;
            }

            var changed = prefix.ToCharArray();
            changed[position] = (char)('0' + ((changed[position] - '0' + shift) % 10));
            return !TaxCodeParser.Parse($"{new string(changed)}{check}").Ok;
        });

    [Property]
    public Property Parse_ValidCodeWithBranch_KeepsOrganisation() =>
        Prop.ForAll(Prefixes(), Gen.Choose(1, 999).ToArbitrary(), (prefix, branch) =>
        {
            var check = ReferenceCheckDigit(prefix);
            if (check is null)
            {
                return true;
            }

            var result = TaxCodeParser.Parse($"{prefix}{check}-{branch:000}");
            return result.Ok && result.Value!.Organisation == $"{prefix}{check}" && result.Value.BranchNumber == branch;
        });

    [Fact]
    public void Compute_MatchesReferenceForEveryRemainder()
    {
        // Walk prefixes until each remainder 0..10 has been seen once: the check digit must be 10 − r, none for r = 0.
        var seen = new HashSet<int>();
        for (var i = 0; seen.Count < 11; i++)
        {
            var prefix = i.ToString("D9");
            var remainder = prefix.Select((c, k) => (c - '0') * Weights[k]).Sum() % 11;
            seen.Add(remainder);
            TaxCodeCheckDigit.Compute(prefix).ShouldBe(remainder == 0 ? null : 10 - remainder);
        }
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("12345678x")]
    public void Compute_NotNineDigits_Throws(string prefix) =>
        Should.Throw<ArgumentException>(() => TaxCodeCheckDigit.Compute(prefix));
}
