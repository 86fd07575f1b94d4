using System.Net;
using System.Text;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Security;

/// <summary>Every role against every endpoint: deny by default, 401 without credentials, 403 without the right.</summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private static readonly string[] Roles = ["registry", "customs", "insurer", "tender", "ecommerce", "identity-provider", "subscriber", "admin"];
    private HubFactory _factory = null!;
    private HttpClient _client = null!;

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles.Append("anonymous"))
        {
            foreach (var endpoint in new[] { "POST /api/v1/inbound/registry.device", "GET /api/v1/messages/unknown", "GET /api/v1/admin/queues",
                         "GET /api/v1/admin/dlq", "GET /api/v1/admin/dlq/1", "POST /api/v1/admin/dlq/replay", "GET /health/ready",
                         "POST /soap/customs", "GET /soap/customs?wsdl", "GET /api/v1/admin/recalls", "GET /api/v1/admin/prices" })
            {
                data.Add(role, endpoint);
            }
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        _factory = new HubFactory();
        for (var i = 0; i < Roles.Length; i++)
        {
            _factory.With($"Hub:Partners:{i}:Id", Roles[i]).With($"Hub:Partners:{i}:ApiKey", "key-" + Roles[i]).With($"Hub:Partners:{i}:Roles:0", Roles[i]);
        }

        // Only the registry partner is allowed the registry feed.
        _factory.With("Hub:Partners:0:Feeds:0", "registry.device");
        _client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

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
        if (method == "POST")
        {
            var body = path.EndsWith("replay", StringComparison.Ordinal) ? """{"all":true,"dryRun":true}""" : DeviceJson.WithUdi("08717648200274");
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(Expected(role, path), $"{role} → {endpoint}");
    }

    private static HttpStatusCode Expected(string role, string path)
    {
        if (path is "/health/ready" or "/soap/customs?wsdl")
        {
            return HttpStatusCode.OK;
        }

        if (role == "anonymous")
        {
            return HttpStatusCode.Unauthorized;
        }

        return path switch
        {
            "/api/v1/inbound/registry.device" => role == "registry" ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden,
            "/api/v1/messages/unknown" => HttpStatusCode.NotFound,
            // The customs partner reaches the SOAP endpoint, which answers this JSON body with an XML-001 SOAP Fault (500).
            "/soap/customs" => role == "customs" ? HttpStatusCode.InternalServerError : HttpStatusCode.Forbidden,
            "/api/v1/admin/dlq/1" => role == "admin" ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden,
            _ => role == "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
        };
    }
}
