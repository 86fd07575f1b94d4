using System.Text.Json;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>Small readers of replies and FHIR JSON shared by the customs tests.</summary>
public static class CustomsAssertions
{
    public static CustomsReply Ok(this CustomsSendResult sent)
    {
        sent.Status.ShouldBe(200, $"{sent.Reply.FaultDetailCode}: {sent.Reply.FaultReason}");
        sent.Reply.IsFault.ShouldBeFalse();
        sent.Reply.SchemaErrors.ShouldBeEmpty();
        return sent.Reply;
    }

    public static string Fault(this CustomsSendResult sent, int status = 500)
    {
        sent.Reply.IsFault.ShouldBeTrue($"expected a fault, got lane {sent.Reply.Lane}");
        sent.Status.ShouldBe(status, sent.Reply.FaultReason);
        sent.Reply.SchemaErrors.ShouldBeEmpty();
        return sent.Reply.FaultDetailCode!;
    }

    public static string Version(this JsonElement resource) => resource.GetProperty("meta").GetProperty("versionId").GetString()!;

    public static string Status(this JsonElement device) => device.GetProperty("status").GetString()!;

    public static string Activity(this JsonElement provenance) => provenance.GetProperty("activity").GetProperty("coding")[0].GetProperty("code").GetString()!;

    public static IEnumerable<string> Activities(this IEnumerable<JsonElement> provenance) => provenance.Select(Activity);

    public static string InstanceId(this CustomsReply reply, int line) => reply.Lines.Single(l => l.Number == line).Devices.Single(d => d.Instance).Id;
}
