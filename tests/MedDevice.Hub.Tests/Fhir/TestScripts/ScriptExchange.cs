using System.Net;
using Hl7.Fhir.Model;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>One HTTP exchange of a TestScript operation: what was sent and what came back.</summary>
/// <param name="Method">The request method (GET, POST, PUT, DELETE).</param>
/// <param name="Url">The absolute request URL.</param>
/// <param name="RequestHeaders">The request headers sent (names case-insensitive).</param>
/// <param name="Status">The response status.</param>
/// <param name="ResponseHeaders">The response headers, content headers included.</param>
/// <param name="Body">The response body text.</param>
/// <param name="Resource">The response body parsed as a FHIR resource, or null (no body, or not FHIR JSON).</param>
public sealed record ScriptExchange(
    string Method,
    Uri Url,
    IReadOnlyDictionary<string, string> RequestHeaders,
    HttpStatusCode Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string Body,
    Resource? Resource);
