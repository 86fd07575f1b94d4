using MedDevice.Adapters.Refusals;
using MedDevice.Hub.Security;

namespace MedDevice.Hub.Fhir;

/// <summary>The FHIR R4 REST API under <c>/fhir</c> (JSON): Device registry, Provenance, metadata.</summary>
public static class FhirEndpoints
{
    /// <summary>Maps the API.</summary>
    public static IEndpointRouteBuilder MapFhir(this IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/fhir").AddEndpointFilter<FhirErrorFilter>().WithRefusals(FhirRefusalWriter.Instance);
        open.MapGet("/metadata", CapabilityEndpoint.GetAsync).AllowAnyone();

        var fhir = endpoints.MapGroup("/fhir").AddEndpointFilter<FhirErrorFilter>().WithRefusals(FhirRefusalWriter.Instance)
            .RequiresOperation(HubOperations.Fhir);
        fhir.MapGet("/Device/{id}", DeviceReadEndpoints.ReadAsync);
        fhir.MapGet("/Device/{id}/_history/{vid}", DeviceReadEndpoints.VReadAsync);
        fhir.MapGet("/Device/{id}/_history", DeviceReadEndpoints.InstanceHistoryAsync);
        fhir.MapGet("/Device/_history", DeviceReadEndpoints.TypeHistoryAsync);
        fhir.MapGet("/Device", DeviceSearchEndpoints.SearchGetAsync);
        fhir.MapPost("/Device/_search", DeviceSearchEndpoints.SearchPostAsync);
        fhir.MapPost("/Device", DeviceWriteEndpoints.CreateAsync);
        fhir.MapPut("/Device/{id}", DeviceWriteEndpoints.UpdateAsync);
        fhir.MapDelete("/Device/{id}", DeviceWriteEndpoints.DeleteAsync);
        fhir.MapGet("/Provenance", ProvenanceEndpoints.SearchAsync);
        fhir.MapGet("/Provenance/{id}", ProvenanceEndpoints.ReadAsync);
        fhir.MapGet("/Organization/{id}", OrganizationEndpoints.ReadAsync);
        // Optional: the base itself (system-level batch/transaction, search-system) arrives with an empty rest.
        fhir.MapMethods("/{**rest}", ["GET", "POST", "PUT", "DELETE", "PATCH"], (string? rest) =>
            FhirOutcomes.Error(404, Hl7.Fhir.Model.OperationOutcome.IssueType.NotSupported, string.IsNullOrEmpty(rest)
                ? "System-level interactions (batch, transaction, search-system, history-system) are not supported; see /fhir/metadata."
                : $"'{rest}' is not supported here; see /fhir/metadata."));
        return endpoints;
    }
}
