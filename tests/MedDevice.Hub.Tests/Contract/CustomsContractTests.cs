using System.Collections.Concurrent;
using System.Text;
using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Adapters.Testing.Partners;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Tests.Customs;
using MedDevice.Sandbox.Data.Customs;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Contract;

/// <summary>
/// The partner contract for customs, a synchronous partner answered over SOAP 1.1 with signed NSW envelopes: refusals are
/// SOAP Faults, a repeat gets the stored signed reply, and a fault between plan and commit leaves no declaration, device
/// or stored reply (the message is quarantined with the server error, and the same message goes through when resent).
/// </summary>
public sealed class CustomsContractTests(CustomsContractHub fixture) : PartnerContractTests, IClassFixture<CustomsContractHub>
{
    private readonly ConcurrentDictionary<string, (byte[] Message, string Number)> _sent = new(StringComparer.Ordinal);

    private CustomsHub Hub => fixture.Hub;

    protected override Task<PartnerAnswer> SendValidAsync(string messageId, PartnerCaller caller = PartnerCaller.Partner)
    {
        var (message, _) = _sent.GetOrAdd(messageId, id =>
        {
            var declaration = Hub.Generator.Create(Hub.NextSequence(), CustomsScenario.Valid, lines: 1);
            return (Hub.Sender.Build(declaration, CustomsFunction.Declare, id, DateTimeOffset.UtcNow), declaration.Number);
        });
        return SendAsync(message, caller switch
        {
            PartnerCaller.Partner => CustomsHub.ApiKey,
            PartnerCaller.Anonymous => null,
            _ => CustomsHub.AdminKey,
        });
    }

    protected override Task<PartnerAnswer> SendMalformedAsync(string messageId)
    {
        var declaration = Hub.Generator.Create(Hub.NextSequence(), CustomsScenario.Valid, lines: 1);
        var message = Hub.Sender.Build(declaration, CustomsFunction.Declare, messageId, DateTimeOffset.UtcNow);
        return SendAsync(CustomsMalformer.Break(message, CustomsMalformation.SchemaViolation), CustomsHub.ApiKey);
    }

    protected override void ShouldBeRefusalInProtocol(PartnerAnswer answer, int status)
    {
        answer.Status.ShouldBe(status);
        answer.ContentType.ShouldBe("text/xml");
        var reply = ReplyReader.Read(Encoding.UTF8.GetBytes(answer.Body));
        reply.FaultCode.ShouldNotBeNullOrWhiteSpace();
        reply.FaultDetailCode.ShouldNotBeNullOrWhiteSpace();
    }

    protected override void ShouldBeTaken(PartnerAnswer answer)
    {
        answer.Status.ShouldBe(200);
        ReplyReader.Read(Encoding.UTF8.GetBytes(answer.Body)).FaultCode.ShouldBeNull();
    }

    protected override void ShouldBeOriginalAnswer(PartnerAnswer first, PartnerAnswer repeat)
    {
        repeat.Status.ShouldBe(first.Status);
        repeat.Body.ShouldBe(first.Body, "the stored signed reply, byte for byte");
    }

    protected override async Task<IReadOnlyList<(string Code, string Reason)>> QuarantineAsync()
    {
        var dialect = Hub.Factory.Services.GetRequiredService<SqlDialect>();
        await using var connection = await dialect.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT reason_code, reason FROM quarantine WHERE partner_id = '{CustomsHub.PartnerId}' ORDER BY id DESC";
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    // Customs answers synchronously: the reply comes after the commit.
    protected override Task SettleAsync(string messageId, PartnerAnswer answer) => Task.CompletedTask;

    protected override async Task<bool> HasEffectsAsync(string messageId)
    {
        var bundle = await Hub.GetJsonAsync(
            $"/fhir/Device?identifier=https://fhir.meddevice.gov.vn/NamingSystem/customs-declaration|{_sent[messageId].Number}&_summary=count", CustomsHub.AdminKey);
        return bundle.GetProperty("total").GetInt32() > 0;
    }

    protected override async Task<bool> HasReceiptAsync(string messageId) =>
        await Hub.Factory.Services.GetRequiredService<MessageStore>().FindOutputAsync(CustomsHub.PartnerId, messageId, CancellationToken.None) is not null;

    protected override async Task<PartnerAnswer> SendValidWithFaultAsync(string messageId)
    {
        var struck = fixture.Fault.Arm();
        var answer = await SendValidAsync(messageId);
        await struck.WaitAsync(TimeSpan.FromSeconds(30));
        ShouldBeRefusalInProtocol(answer, 500);
        ReplyReader.Read(Encoding.UTF8.GetBytes(answer.Body)).FaultDetailCode.ShouldBe(CustomsFaultCodes.ServerError);
        (await QuarantineAsync())[0].Code.ShouldBe(CustomsFaultCodes.ServerError, "the message is kept with the reason");
        return answer;
    }

    protected override async Task RecoverFromFaultAsync(string messageId, PartnerAnswer faulted)
    {
        fixture.Fault.Disarm();
        ShouldBeTaken(await SendValidAsync(messageId));
    }

    /// <summary>Posts a SOAP 1.1 request as the NSW gateway does, with the given API key (none = anonymous).</summary>
    private async Task<PartnerAnswer> SendAsync(byte[] message, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Hub.Endpoint) { Content = new ByteArrayContent(message) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("SOAPAction", "\"urn:meddevice:customs:wsdl:v1#Submit\"");
        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        }

        using var response = await Hub.Client.SendAsync(request);
        return new PartnerAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
