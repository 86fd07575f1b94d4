using FsCheck.Xunit;
using MedDevice.Hub.Core.Text;

namespace MedDevice.Hub.Core.Tests.Text;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Máy thở", "may tho")]
    [InlineData("MÁY THỞ", "may tho")]
    [InlineData("  Máy \t thở\n xâm   nhập ", "may tho xam nhap")]
    [InlineData("Đường ống đo", "duong ong do")]
    [InlineData("Bơm tiêm điện", "bom tiem dien")]
    [InlineData("Ống nghiệm ưu việt", "ong nghiem uu viet")]
    [InlineData("Ventilator X-200", "ventilator x-200")]
    public void Fold_VietnameseText_IsLowerCaseWithoutMarks(string input, string expected) =>
        SearchText.Fold(input).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Fold_NullOrBlank_IsEmpty(string? input) => SearchText.Fold(input).ShouldBe(string.Empty);

    [Fact]
    public void Fold_LoneSurrogate_IsReplacedNotThrown() => SearchText.Fold("a\uD800b").ShouldBe("a\uFFFDb");

    [Fact]
    public void Fold_DecomposedAndComposedInput_GiveSameResult() =>
        SearchText.Fold("Thiết bị".Normalize(System.Text.NormalizationForm.FormD))
            .ShouldBe(SearchText.Fold("Thiết bị".Normalize(System.Text.NormalizationForm.FormC)));

    [Property]
    public bool Fold_IsIdempotent(string? input)
    {
        var once = SearchText.Fold(input);
        return string.Equals(SearchText.Fold(once), once, StringComparison.Ordinal);
    }

    [Property]
    public bool Fold_HasNoEdgeOrDoubleWhitespace(string? input)
    {
        var folded = SearchText.Fold(input);
        return !folded.StartsWith(' ') && !folded.EndsWith(' ') && !folded.Contains("  ", StringComparison.Ordinal)
            && !folded.Any(c => char.IsWhiteSpace(c) && c != ' ');
    }
}
