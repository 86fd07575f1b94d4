using System.Net;
using System.Text.Json;
using MedDevice.Adapters.Operations;
using MedDevice.Adapters.Refusals;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Composition;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Hardening;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Partners;
using MedDevice.Hub.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Security;

/// <summary>
/// The shared security answers in the protocol a route group declares, never the one its path suggests: a group of a new
/// module under <c>/fhir</c> with its own writer gets that writer's refusals, a plain endpoint under <c>/soap</c> problem details.
/// </summary>
public sealed class RefusalProtocolTests : IAsyncLifetime
{
    private const string LabOperation = "lab.result.read";
    private readonly RecordingAuditTrail _audit = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var options = new SecurityOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new PartnerDirectoryProvider(
        [
            new PartnerOptions { Id = "lab", ApiKey = "lab-key", Roles = ["lab"] },
            new PartnerOptions { Id = "registry", ApiKey = "registry-key", Roles = ["registry"] },
            new PartnerOptions { Id = "busy-lab", ApiKey = "busy-key", Roles = ["lab"], RateLimitPerSecond = 1 },
        ], allowPlainApiKeys: true));
        builder.Services.AddSingleton<IAuditTrail>(_audit);
        builder.Services.AddSingleton(new InboundOptions());
        // The module's operation and role join the matrix without touching shared security code.
        builder.Services.AddPartnerOperations(PartnerOperation.For(LabOperation, "lab"));
        builder.Services.AddSingleton<OperationMatrix>();
        builder.Services.AddPartnerRateLimiting(options);
        _app = builder.Build();
        _app.UseMiddleware<UnhandledErrorMiddleware>();
        _app.UseHubSecurity();
        var lab = _app.MapGroup("/fhir/lab").WithRefusals(new LabRefusalWriter()).RequiresOperation(LabOperation);
        lab.MapGet("/result", () => "ok");
        lab.MapGet("/boom", string () => throw new InvalidOperationException("broken"));
        lab.MapGet("/huge", string () => throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge));
        _app.MapGet("/soap/plain", () => "ok").RequiresOperation(LabOperation);
        _app.MapGet("/soap/boom", string () => throw new InvalidOperationException("broken")).RequiresOperation(LabOperation);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Anonymous_GroupWithOwnWriter_401InThatWritersFormat()
    {
        using var response = await GetAsync("/fhir/lab/result", key: null);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(LabRefusalWriter.MediaType);
        (await response.Content.ReadAsStringAsync()).ShouldBe("LAB-REFUSAL Unauthenticated 401 HUB-IN-401");
    }

    [Fact]
    public async Task PartnerWithoutRole_GroupWithOwnWriter_403InThatWritersFormatAndAudited()
    {
        using var response = await GetAsync("/fhir/lab/result", "registry-key");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(LabRefusalWriter.MediaType);
        (await response.Content.ReadAsStringAsync()).ShouldBe("LAB-REFUSAL Forbidden 403 HUB-IN-403");
        _audit.Events.ShouldContain(e => e.Actor == "registry" && e.Action == LabOperation && e.Outcome == AuditOutcomes.Denied);
    }

    [Fact]
    public async Task PartnerWithRegisteredRole_GroupWithOwnWriter_Allowed()
    {
        using var response = await GetAsync("/fhir/lab/result", "lab-key");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("ok");
    }

    [Fact]
    public async Task PartnerOverItsRate_GroupWithOwnWriter_429InThatWritersFormatWithRetryAfter()
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 40; i++)
        {
            responses.Add(await GetAsync("/fhir/lab/result", "busy-key"));
        }

        var limited = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        limited.ShouldNotBeNull();
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync()).ShouldBe("LAB-REFUSAL Throttled 429 HUB-RATE-429");
        responses.ForEach(r => r.Dispose());
    }

    [Theory]
    [InlineData("/fhir/lab/boom", "LAB-REFUSAL Failed 500 HUB-HTTP-500")]
    [InlineData("/fhir/lab/huge", "LAB-REFUSAL TooLarge 413 HUB-HTTP-413")]
    public async Task EscapedException_GroupWithOwnWriter_AnsweredInThatWritersFormat(string path, string expected)
    {
        using var response = await GetAsync(path, "lab-key");

        ((int)response.StatusCode).ShouldBe(int.Parse(expected.Split(' ')[2]));
        response.Content.Headers.ContentType!.MediaType.ShouldBe(LabRefusalWriter.MediaType);
        (await response.Content.ReadAsStringAsync()).ShouldBe(expected);
    }

    [Fact]
    public async Task EscapedException_EndpointWithoutWriter_500ProblemDetails()
    {
        using var response = await GetAsync("/soap/boom", "lab-key");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("code").GetString().ShouldBe("HUB-HTTP-500");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "HUB-IN-401")]
    [InlineData("registry-key", HttpStatusCode.Forbidden, "HUB-IN-403")]
    public async Task EndpointWithoutWriter_UnderSoapPath_RefusedAsProblemDetails(string? key, HttpStatusCode status, string code)
    {
        using var response = await GetAsync("/soap/plain", key);

        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("code").GetString().ShouldBe(code);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        }

        return await _client.SendAsync(request);
    }

    /// <summary>A new module's protocol: one line of text naming the refusal.</summary>
    private sealed class LabRefusalWriter : IRefusalWriter
    {
        public const string MediaType = "text/x-lab-refusal";

        public Task WriteAsync(HttpResponse response, Refusal refusal)
        {
            response.StatusCode = refusal.Status;
            response.ContentType = MediaType;
            return response.WriteAsync($"LAB-REFUSAL {refusal.Kind} {refusal.Status} {refusal.Code}");
        }
    }

    private sealed class RecordingAuditTrail : IAuditTrail
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<AuditEvent> _events = new();

        public IReadOnlyCollection<AuditEvent> Events => _events;

        public Task RecordAsync(AuditEvent audit)
        {
            _events.Enqueue(audit);
            return Task.CompletedTask;
        }

        public Task<AuditCheckpoint?> CheckpointAsync() => Task.FromResult<AuditCheckpoint?>(null);
    }
}
