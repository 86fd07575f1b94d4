namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>The FHIR date prefixes.</summary>
public enum DateComparison
{
    /// <summary><c>eq</c>: within the value's range.</summary>
    Equal = 0,

    /// <summary><c>ne</c>: outside the range.</summary>
    NotEqual = 1,

    /// <summary><c>gt</c>: after the value.</summary>
    GreaterThan = 2,

    /// <summary><c>lt</c>: before the value.</summary>
    LessThan = 3,

    /// <summary><c>ge</c>: at or after the start of the range.</summary>
    GreaterOrEqual = 4,

    /// <summary><c>le</c>: before the end of the range.</summary>
    LessOrEqual = 5,

    /// <summary><c>sa</c>: starts after the range.</summary>
    StartsAfter = 6,

    /// <summary><c>eb</c>: ends before the range.</summary>
    EndsBefore = 7,

    /// <summary><c>ap</c>: approximately (the range widened by a tenth of its distance from now, at least a day).</summary>
    Approximately = 8,
}
