using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hl7.Fhir.Model;
using MedDevice.Hub.Fhir;

namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>Raw FHIR requests to a host, with the headers the tests vary (key, Prefer, If-Match, If-None-Exist, Content-Type).</summary>
public sealed class FhirRequests(FhirHost host)
{
    /// <summary>Sends <paramref name="method"/> to <c>/fhir/{path}</c>.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key = FhirPartners.RegistryKey, string? body = null,
        string contentType = "application/fhir+json", string? prefer = null, string? ifMatch = null, string? ifNoneExist = null)
    {
        var request = new HttpRequestMessage(method, "fhir/" + path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in new[] { ("Prefer", prefer), ("If-Match", ifMatch), ("If-None-Exist", ifNoneExist) })
        {
            if (value is not null)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return host.Http(key).SendAsync(request);
    }

    /// <summary>Creates the device (must answer 201) and returns its id.</summary>
    public async Task<string> CreateAsync(Device device)
    {
        using var response = await SendAsync(HttpMethod.Post, "Device", body: DeviceBody(device));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await FhirAssert.ResourceAsync(response)).Id!;
    }

    /// <summary>The device as FHIR JSON text, with <paramref name="id"/> as its id (none when null).</summary>
    public static string DeviceBody(Device device, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(device);
        var copy = (Device)device.DeepCopy();
        copy.Id = id;
        return Encoding.UTF8.GetString(FhirJson.Serialize(copy));
    }
}
