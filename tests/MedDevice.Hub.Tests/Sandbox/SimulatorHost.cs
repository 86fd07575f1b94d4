using System.Globalization;
using System.Net;
using System.Text.Json;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Hub.Tests.Verification;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Tests.Sandbox;

/// <summary>The real hub with the in-process sandbox (free port) and its customs simulator, plus an operator partner of the user's own.</summary>
public static class SimulatorHost
{
    public const string OpsKey = "ops-key";

    /// <summary>How long the simulator's traffic may take on a loaded machine (its declarations are paced).</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static HubFactory Factory(int declarations, long firstSequence) =>
        new HubFactory()
            .With("urls", "http://127.0.0.1:0")
            .With("Hub:Sandbox:Enabled", "true")
            .With("Hub:Sandbox:Url", IdentitySandbox.ClosedAddress().ToString())
            .With("Hub:Sandbox:Customs:Declarations", declarations.ToString(CultureInfo.InvariantCulture))
            .With("Hub:Sandbox:Customs:Interval", "00:00:00.050")
            .With("Hub:Sandbox:Customs:FirstSequence", firstSequence.ToString(CultureInfo.InvariantCulture))
            // A loaded test machine must not turn the importer check into PENDING.
            .With("Hub:Customs:ImporterTimeout", "00:00:10")
            .With("Hub:Partners:0:Id", "ops").With("Hub:Partners:0:ApiKey", OpsKey).With("Hub:Partners:0:Roles:0", "admin");

    /// <summary>The 11-digit base number of a declaration sequence.</summary>
    public static string Base(long sequence) => CustomsDeclarationGenerator.Number(sequence)[..11];

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + OpsKey);
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The registry entries (Devices without a lot) carrying a fixture device's registration number.</summary>
    public static async Task<int> RegistryEntriesAsync(HttpClient client, CustomsRegistryEntry entry)
    {
        var identifier = Uri.EscapeDataString("https://fhir.meddevice.gov.vn/NamingSystem/registration-number|" + entry.RegistrationNumber);
        var bundle = await GetJsonAsync(client, $"/fhir/Device?identifier={identifier}&_count=100");
        return bundle.TryGetProperty("entry", out var entries)
            ? entries.EnumerateArray().Count(e => !e.GetProperty("resource").TryGetProperty("lotNumber", out _))
            : 0;
    }
}
