using MedDevice.Hub.Core.Identifiers.Udi.Gs1;

namespace MedDevice.Hub.Core.Tests.Udi.Gs1.Vectors;

/// <summary>component_linters vectors (every linter of the GS1 syntax tests) and gtin_check_digits.</summary>
public sealed class Gs1ComponentLinterVectorTests
{
    public static TheoryData<string> ComponentLinters => Gs1Vectors.Ids("component_linters.jsonl");

    public static TheoryData<string> CheckDigits => Gs1Vectors.Ids("gtin_check_digits.jsonl");

    [Theory]
    [MemberData(nameof(ComponentLinters))]
    public void Lint_Vector_MatchesErrorAndMarkup(string id)
    {
        var v = Gs1Vectors.Load(id);
        var input = v.Str("input")!;
        var outcome = Gs1Syntax.Lint(v.Str("linter")!, input);

        outcome.ShouldNotBeNull();
        var (name, code, position, length) = outcome.Value;
        if (v.Bool("expect_ok"))
        {
            name.ShouldBe("GS1_LINTER_OK");
            code.ShouldBeNull();
            return;
        }

        name.ShouldBe(v.Str("expected_error"));
        int.Parse(code.ShouldNotBeNull()["UDI-GS1-".Length..]).ShouldBeInRange(101, 299);
        var markup = input[..position] + "*" + input.Substring(position, length) + "*" + input[(position + length)..];
        markup.ShouldBe(v.Str("error_markup"));
    }

    [Theory]
    [MemberData(nameof(CheckDigits))]
    public void HasValidCheckDigit_Vector_MatchesExpected(string id)
    {
        var v = Gs1Vectors.Load(id);

        Gs1Syntax.HasValidCheckDigit(v.Str("input")!).ShouldBe(v.Bool("expect_ok"));
    }
}
