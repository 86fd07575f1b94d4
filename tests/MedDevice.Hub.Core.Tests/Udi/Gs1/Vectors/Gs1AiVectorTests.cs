using MedDevice.Hub.Core.Identifiers.Udi.Gs1;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

namespace MedDevice.Hub.Core.Tests.Udi.Gs1.Vectors;

/// <summary>ai_parse_bracketed, ai_process_fnc1, ai_associations and ai_linter_errors vectors.</summary>
public sealed class Gs1AiVectorTests
{
    public static TheoryData<string> ParseBracketed => Gs1Vectors.Ids("ai_parse_bracketed.jsonl");

    public static TheoryData<string> ProcessFnc1 => Gs1Vectors.Ids("ai_process_fnc1.jsonl");

    public static TheoryData<string> Associations => Gs1Vectors.Ids("ai_associations.jsonl");

    public static TheoryData<string> LinterErrors => Gs1Vectors.Ids("ai_linter_errors.jsonl");

    [Theory]
    [MemberData(nameof(ParseBracketed))]
    public void BracketedToElementString_Vector_MatchesExpected(string id)
    {
        var v = Gs1Vectors.Load(id);
        var result = Gs1Syntax.BracketedToElementString(v.Str("input")!, v.Options(Gs1ProcessingOptions.SyntaxOnly));

        result.Ok.ShouldBe(v.Bool("expect_ok"), result.Problem?.Message);
        if (result.Ok)
        {
            result.Value.ShouldBe(v.Str("expected"));
        }
    }

    [Theory]
    [MemberData(nameof(ProcessFnc1))]
    public void ValidateElementString_Vector_AcceptsOrRejects(string id)
    {
        var v = Gs1Vectors.Load(id);
        var result = Gs1Syntax.ValidateElementString(v.Str("input")!, v.Options(Gs1ProcessingOptions.SyntaxOnly));

        result.Ok.ShouldBe(v.Bool("expect_ok"), result.Problem?.Message);
    }

    [Theory]
    [MemberData(nameof(Associations))]
    public void ValidateBracketed_AssociationVector_AcceptsOrRejects(string id)
    {
        var v = Gs1Vectors.Load(id);
        var result = Gs1Syntax.ValidateBracketed(v.Str("input")!, v.Options(Gs1ProcessingOptions.Strict));

        result.Ok.ShouldBe(v.Bool("expect_ok"), result.Problem?.Message);
        if (!result.Ok)
        {
            result.Problem!.Value.Code.ShouldStartWith("UDI-GS1-0");
        }
    }

    [Theory]
    [MemberData(nameof(LinterErrors))]
    public void LintBracketed_Vector_ReportsNamedLinterError(string id)
    {
        var v = Gs1Vectors.Load(id);
        var result = Gs1Syntax.LintBracketed(v.Str("input")!);

        result.LinterName.ShouldBe(v.Str("expected_error"), result.Problem?.Message);
        result.Ok.ShouldBe(v.Bool("expect_ok"));
        if (!result.Ok)
        {
            var error = (Gs1LintError)Gs1LintErrorCatalog.AllNames.ToList().IndexOf(result.LinterName!);
            result.Problem!.Value.Code.ShouldBe(Gs1LintErrorCatalog.Code(error));
        }
    }
}
