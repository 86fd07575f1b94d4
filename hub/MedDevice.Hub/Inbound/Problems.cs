using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Inbound;

/// <summary>JSON problem details (RFC 9457) with the hub's stable codes; the one place REST errors are shaped.</summary>
public static class Problems
{
    /// <summary>Content type of problem documents.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>A problem response with a code and optional issue list.</summary>
    public static IResult Create(int status, string code, string title, string detail, IReadOnlyList<MappingIssue>? issues = null) =>
        Results.Json(
            new ProblemDocument($"https://meddevice.gov.vn/problems/{code}", title, status, detail, code,
                issues?.Select(i => new ProblemIssue(i.Code, i.Message)).ToList() ?? []),
            statusCode: status,
            contentType: ContentType);
}

/// <summary>The problem document body.</summary>
public sealed record ProblemDocument(string Type, string Title, int Status, string Detail, string Code, IReadOnlyList<ProblemIssue> Errors);

/// <summary>One coded issue within a problem.</summary>
public sealed record ProblemIssue(string Code, string Message);
