namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>How a string search value matches (FHIR string modifiers).</summary>
public enum StringMatch
{
    /// <summary>Default: case- and accent-insensitive "starts with".</summary>
    Prefix = 0,

    /// <summary><c>:exact</c>: the whole value, case- and accent-sensitive.</summary>
    Exact = 1,

    /// <summary><c>:contains</c>: anywhere in the value, case- and accent-insensitive.</summary>
    Contains = 2,
}
