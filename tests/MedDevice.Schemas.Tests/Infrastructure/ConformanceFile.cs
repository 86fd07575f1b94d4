using Hl7.Fhir.Model;

namespace MedDevice.Schemas.Tests.Infrastructure;

/// <summary>One JSON file of schemas/fhir (or a sample), parsed with the Firely SDK.</summary>
/// <param name="FileName">The file name, e.g. <c>SearchParameter-Device-holder.json</c>.</param>
/// <param name="Resource">The parsed resource.</param>
public sealed record ConformanceFile(string FileName, Resource Resource)
{
    /// <inheritdoc />
    public override string ToString() => FileName;
}
