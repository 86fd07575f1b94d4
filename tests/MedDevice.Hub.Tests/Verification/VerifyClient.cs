using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MedDevice.Hub.Tests.Verification;

/// <summary>Calls <c>POST /api/v1/verify/actor</c> as a partner.</summary>
public static class VerifyClient
{
    public const string LegalBasis = "Decree 13/2023/ND-CP art. 17";

    public static string Person(string personalId, string fullName, DateOnly birthDate, string purpose = "seller-onboarding") =>
        JsonSerializer.Serialize(new { personalId, fullName, birthDate = birthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), purpose, legalBasis = LegalBasis });

    public static string Organization(string taxCode, string? legalRepresentativeId = null) =>
        JsonSerializer.Serialize(new { taxCode, legalRepresentativeId, purpose = "seller-onboarding", legalBasis = LegalBasis });

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(HttpClient client, string apiKey, string body, int? deadlineMs = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/verify/actor") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        if (deadlineMs is { } ms)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Deadline-Ms", ms.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }
}
