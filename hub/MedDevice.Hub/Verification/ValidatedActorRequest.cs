using MedDevice.Adapters.Identity.Model;
using MedDevice.Mappings.Common;

namespace MedDevice.Hub.Verification;

/// <summary>A checked verdict request: the query to send, or the coded issues to answer with.</summary>
/// <param name="Query">The citizen or organisation query, or null when invalid.</param>
/// <param name="Purpose">The purpose code.</param>
/// <param name="LegalBasis">The legal basis.</param>
/// <param name="Issues">Coded problems; empty when valid.</param>
public sealed record ValidatedActorRequest(IdentityQuery? Query, string Purpose, string LegalBasis, IReadOnlyList<MappingIssue> Issues)
{
    /// <summary>True when the request can be sent.</summary>
    public bool Ok => Query is not null && Issues.Count == 0;
}
