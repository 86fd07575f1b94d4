using System.Text.RegularExpressions;

namespace MedDevice.Schemas.Tests.Infrastructure;

/// <summary>Finds every URL on a meddevice.gov.vn host in a file's text (values, FHIRPath literals and prose alike).</summary>
public static partial class HubUrls
{
    /// <summary>The URLs in <paramref name="text"/> whose host ends in meddevice.gov.vn, trailing prose punctuation removed.</summary>
    public static IReadOnlyList<string> In(string text) =>
        UrlPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ':')).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s""'`|(),;\\<>\]]*meddevice\.gov\.vn[^\s""'`|(),;\\<>\]]*")]
    private static partial Regex UrlPattern();
}
