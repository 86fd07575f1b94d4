using System.Text.RegularExpressions;

namespace MedDevice.Hub.Fhir;

/// <summary>FHIR logical ids: <c>[A-Za-z0-9\-\.]{1,64}</c> (R4 datatypes, id).</summary>
public static partial class FhirIds
{
    /// <summary>True when <paramref name="id"/> can be a FHIR id.</summary>
    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>The id, or a 400 FhirException when it cannot be a FHIR id.</summary>
    /// <exception cref="FhirException">The id is not valid.</exception>
    public static string Require(string id) =>
        IsValid(id) ? id : throw new FhirException($"'{id}' is not a valid FHIR id ([A-Za-z0-9-.]{{1,64}}).");

    [GeneratedRegex("^[A-Za-z0-9\\-\\.]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
