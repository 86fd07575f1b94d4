namespace MedDevice.Hub.Core.Registry;

/// <summary>The FHIR search parameter types the registry implements.</summary>
public enum SearchParamType
{
    /// <summary>FHIR <c>string</c>: folded prefix by default, <c>:exact</c>, <c>:contains</c>.</summary>
    Text = 0,

    /// <summary><c>system|code</c>, <c>code</c>, <c>|code</c>, <c>system|</c>.</summary>
    Token = 1,

    /// <summary>A reference such as <c>Organization/123</c>; stored as a token without system.</summary>
    Reference = 2,

    /// <summary>An exact URI; stored as a token without system.</summary>
    Uri = 3,
}
