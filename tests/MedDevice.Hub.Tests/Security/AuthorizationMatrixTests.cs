using System.Net;
using System.Text;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Security;

/// <summary>Every role against every endpoint (the FHIR API included): deny by default, 401 without credentials, 403 without the right.</summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixHost host) : IClassFixture<AuthorizationMatrixHost>
{
    private static readonly string[] Roles = AuthorizationMatrixHost.Roles;
    private readonly HttpClient _client = host.Client;

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles.Append("anonymous"))
        {
            foreach (var endpoint in new[] { "POST /api/v1/inbound/registry.device", "GET /api/v1/messages/unknown", "GET /api/v1/admin/queues",
                         "GET /api/v1/admin/dlq", "GET /api/v1/admin/dlq/1", "POST /api/v1/admin/dlq/replay", "GET /health/ready",
                         "POST /soap/customs", "GET /soap/customs?wsdl", "GET /api/v1/admin/recalls", "GET /api/v1/admin/prices",
                         "POST /api/v1/verify/actor", "GET /health/adapters" }.Concat(FhirEndpoints))
            {
                data.Add(role, endpoint);
            }
        }

        return data;
    }

    /// <summary>The FHIR API: every interaction the CapabilityStatement declares, plus metadata.</summary>
    private static readonly string[] FhirEndpoints =
    [
        "GET /fhir/metadata", "GET /fhir/Device/unknown", "GET /fhir/Device/unknown/_history/1", "GET /fhir/Device/unknown/_history",
        "GET /fhir/Device/_history", "GET /fhir/Device?status=active", "POST /fhir/Device/_search", "POST /fhir/Device", "PUT /fhir/Device/matrix-put",
        "DELETE /fhir/Device/unknown", "GET /fhir/Provenance?target=Device/unknown", "GET /fhir/Provenance/unknown", "GET /fhir/Organization/tax-unknown",
    ];

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_Role_GetsExpectedStatus(string role, string endpoint)
    {
        var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (role != "anonymous")
        {
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey key-" + role);
        }

        request.Headers.TryAddWithoutValidation("Idempotency-Key", "matrix-" + role);
        if (path == "/fhir/Device/_search")
        {
            request.Content = new FormUrlEncodedContent([new("status", "active")]);
        }
        else if (path.StartsWith("/fhir/Device", StringComparison.Ordinal) && method is "POST" or "PUT")
        {
            // A fresh device per call, so the one allowed create never meets an earlier one's keys.
            var device = RegistryDevices.UniqueEntry();
            device.Id = method == "PUT" ? "matrix-put-" + role : null;
            request.RequestUri = new Uri(method == "PUT" ? "/fhir/Device/" + device.Id : path, UriKind.Relative);
            request.Content = new ByteArrayContent(MedDevice.Hub.Fhir.FhirJson.Serialize(device));
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/fhir+json");
        }
        else if (method == "POST")
        {
            var body = path.EndsWith("replay", StringComparison.Ordinal) ? """{"all":true,"dryRun":true}"""
                : path.EndsWith("actor", StringComparison.Ordinal) ? """{"taxCode":"0100109107","purpose":"matrix","legalBasis":"Decree 13/2023/ND-CP"}"""
                : DeviceJson.WithUdi("08717648200274");
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(Expected(role, method, path), $"{role} → {endpoint}");
    }

    private static HttpStatusCode Expected(string role, string method, string path)
    {
        if (path is "/health/ready" or "/health/adapters" or "/fhir/metadata" or "/soap/customs?wsdl")
        {
            return HttpStatusCode.OK; // adapters: the identity adapter has no endpoint here, so it is degraded, not down
        }

        if (role == "anonymous")
        {
            return HttpStatusCode.Unauthorized;
        }

        if (path.StartsWith("/fhir/", StringComparison.Ordinal))
        {
            return ExpectedFhir(role, method, path);
        }

        return path switch
        {
            "/api/v1/inbound/registry.device" => role == "registry" ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden,
            "/api/v1/messages/unknown" => HttpStatusCode.NotFound,
            // The customs partner reaches the SOAP endpoint, which answers this JSON body with an XML-001 SOAP Fault (500).
            "/soap/customs" => role == "customs" ? HttpStatusCode.InternalServerError : HttpStatusCode.Forbidden,
            "/api/v1/admin/dlq/1" => role == "admin" ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden,
            // Allowed roles reach validation: the tax code's check digit is wrong, so nothing is sent anywhere.
            "/api/v1/verify/actor" => role is "ecommerce" or "verifier" or "admin" ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.Forbidden,
            _ => role == "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
        };
    }

    /// <summary>Role <c>registry</c> may do everything on Device and read Provenance; <c>admin</c> may read; nobody else anything.</summary>
    private static HttpStatusCode ExpectedFhir(string role, string method, string path)
    {
        var reads = method == "GET" || path == "/fhir/Device/_search";
        if (!(role == "registry" || (role == "admin" && reads)))
        {
            return HttpStatusCode.Forbidden;
        }

        return (method, path) switch
        {
            ("POST", "/fhir/Device") => HttpStatusCode.Created,
            ("PUT", _) => HttpStatusCode.Created,
            ("DELETE", _) => HttpStatusCode.NoContent,
            (_, "/fhir/Device/unknown" or "/fhir/Device/unknown/_history/1" or "/fhir/Device/unknown/_history" or "/fhir/Provenance/unknown"
                or "/fhir/Organization/tax-unknown") => HttpStatusCode.NotFound,
            _ => HttpStatusCode.OK,
        };
    }
}
