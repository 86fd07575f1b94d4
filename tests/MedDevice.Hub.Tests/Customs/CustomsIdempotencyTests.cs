using MedDevice.Adapters.Customs.Faults;
using MedDevice.Hub.Core.Customs;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>Repeats, amendments and cancellations update the same records, keyed by declaration number and line.</summary>
public sealed class CustomsIdempotencyTests(CustomsHub hub) : IClassFixture<CustomsHub>
{
    [Fact]
    public async Task Repeat_SameMessage_SameReplyAndNothingNew()
    {
        var message = hub.Sender.Build(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 2), CustomsFunction.Declare, "repeat-1", DateTimeOffset.UtcNow);

        var first = (await hub.Sender.SendAsync(message)).Ok();
        var second = (await hub.Sender.SendAsync(message)).Ok();

        second.HubMessageId.ShouldBe(first.HubMessageId);
        second.Envelope!.OuterXml.ShouldBe(first.Envelope!.OuterXml);
        (await hub.GetJsonAsync($"/fhir/Device/{first.InstanceId(1)}")).Version().ShouldBe("1");
        (await hub.ProvenanceAsync(first.InstanceId(1))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Repeat_SameMessageIdOtherMessage_FaultMessageIdReused()
    {
        var sequence = hub.NextSequence();
        (await hub.SendAsync(hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 1), messageId: "reused-1")).Ok();

        (await hub.SendAsync(hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 2), messageId: "reused-1")).Fault().ShouldBe(CustomsFaultCodes.MessageIdReused);
    }

    [Fact]
    public async Task Redeclare_SameContentNewMessageId_NothingNew()
    {
        var declaration = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 2);
        var first = (await hub.SendAsync(declaration)).Ok();

        var again = (await hub.SendAsync(declaration)).Ok();

        again.Lines.Select(l => l.Devices[0].Id).ShouldBe(first.Lines.Select(l => l.Devices[0].Id));
        (await hub.GetJsonAsync($"/fhir/Device/{first.InstanceId(2)}")).Version().ShouldBe("1");
        (await hub.ProvenanceAsync(first.InstanceId(2))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Amend_ChangedUnchangedAndRemovedLines_EachRecordUpdatedOnce()
    {
        var sequence = hub.NextSequence();
        var declared = hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 3);
        var first = (await hub.SendAsync(declared)).Ok();
        var amended = declared with
        {
            Number = CustomsDeclarationGenerator.Number(sequence, 1),
            Lines = [declared.Lines[0], declared.Lines[1] with { Description = declared.Lines[1].Description + " (sửa đổi)" }],
        };

        var reply = (await hub.SendAsync(amended, CustomsFunction.Amend)).Ok();
        var repeat = (await hub.SendAsync(amended, CustomsFunction.Amend)).Ok();

        reply.Lines.Select(l => l.Number).ShouldBe([1, 2]);
        repeat.Lines.Select(l => l.Devices[0].Id).ShouldBe(reply.Lines.Select(l => l.Devices[0].Id));
        var unchanged = await hub.GetJsonAsync($"/fhir/Device/{first.InstanceId(1)}");
        unchanged.Version().ShouldBe("1");
        var changed = await hub.GetJsonAsync($"/fhir/Device/{first.InstanceId(2)}");
        changed.Version().ShouldBe("2");
        changed.GetProperty("identifier")[0].GetProperty("value").GetString().ShouldBe(amended.Number);
        (await hub.ProvenanceAsync(first.InstanceId(2))).Activities().ShouldBe(["imported", "import-amended"]);
        var removed = await hub.GetJsonAsync($"/fhir/Device/{first.InstanceId(3)}");
        removed.Status().ShouldBe("entered-in-error");
        removed.Version().ShouldBe("2");
        (await hub.ProvenanceAsync(first.InstanceId(3))).Activities().ShouldBe(["imported", "import-cancelled"]);
        var removedId = first.InstanceId(3);
        await hub.Sink.UntilAsync(r => r.Any(s => s.Headers["X-Hub-Topic"] == "device.import-cancelled" && s.Body.Contains(removedId, StringComparison.Ordinal)),
            "device.import-cancelled for the removed instance at the sink");
    }

    [Fact]
    public async Task Amend_LotChangedOnALine_NewLotRecordedOldLotEnteredInError()
    {
        var sequence = hub.NextSequence();
        var declared = hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 1);
        var first = (await hub.SendAsync(declared)).Ok();
        var udi = declared.Lines[0].Udis[0].Replace("(10)L", "(10)M", StringComparison.Ordinal);

        var reply = (await hub.SendAsync(declared with { Number = CustomsDeclarationGenerator.Number(sequence, 1), Lines = [declared.Lines[0] with { Udis = [udi] }] },
            CustomsFunction.Amend)).Ok();

        reply.InstanceId(1).ShouldNotBe(first.InstanceId(1));
        (await hub.GetJsonAsync($"/fhir/Device/{first.InstanceId(1)}")).Status().ShouldBe("entered-in-error");
        (await hub.GetJsonAsync($"/fhir/Device/{reply.InstanceId(1)}")).Status().ShouldBe("active");
    }

    [Fact]
    public async Task Cancel_Declaration_DevicesEnteredInErrorOnceAndReceiptEachTime()
    {
        var sequence = hub.NextSequence();
        var declared = hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 2);
        var first = (await hub.SendAsync(declared)).Ok();

        var cancelled = (await hub.SendAsync(declared, CustomsFunction.Cancel)).Ok();
        var again = (await hub.SendAsync(declared, CustomsFunction.Cancel)).Ok();

        cancelled.Status.ShouldBe("cancelled");
        cancelled.Type.ShouldBe("11");
        again.Status.ShouldBe("cancelled");
        foreach (var line in new[] { 1, 2 })
        {
            var device = await hub.GetJsonAsync($"/fhir/Device/{first.InstanceId(line)}");
            device.Status().ShouldBe("entered-in-error");
            device.Version().ShouldBe("2");
            (await hub.ProvenanceAsync(first.InstanceId(line))).Activities().ShouldBe(["imported", "import-cancelled"]);
        }

        (await hub.SendAsync(declared with { Number = CustomsDeclarationGenerator.Number(sequence, 1) }, CustomsFunction.Amend)).Fault()
            .ShouldBe(CustomsFaultCodes.DeclarationCancelled);
        (await hub.SendAsync(declared)).Fault().ShouldBe(CustomsFaultCodes.DeclarationCancelled);
    }

    [Fact]
    public async Task Cancel_LotStillImportedByAnotherDeclaration_DeviceStaysActive()
    {
        var first = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1);
        var second = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1) with { Lines = first.Lines, ImporterTaxCode = first.ImporterTaxCode, ImporterName = first.ImporterName };
        var id = (await hub.SendAsync(first)).Ok().InstanceId(1);
        (await hub.SendAsync(second)).Ok();

        (await hub.SendAsync(first, CustomsFunction.Cancel)).Ok();

        (await hub.GetJsonAsync($"/fhir/Device/{id}")).Status().ShouldBe("active");
    }

    [Fact]
    public async Task AmendOrCancel_UnknownDeclaration_FaultUnknownDeclaration()
    {
        var unknown = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 1);

        (await hub.SendAsync(unknown, CustomsFunction.Amend)).Fault().ShouldBe(CustomsFaultCodes.UnknownDeclaration);
        (await hub.SendAsync(unknown, CustomsFunction.Cancel)).Fault().ShouldBe(CustomsFaultCodes.UnknownDeclaration);
    }

    [Fact]
    public async Task Amend_OlderThanTheRecordedAmendment_FaultStale()
    {
        var sequence = hub.NextSequence();
        var declared = hub.Generator.Create(sequence, CustomsScenario.Valid, lines: 1);
        (await hub.SendAsync(declared)).Ok();
        (await hub.SendAsync(declared with { Number = CustomsDeclarationGenerator.Number(sequence, 2) }, CustomsFunction.Amend)).Ok();

        (await hub.SendAsync(declared with { Number = CustomsDeclarationGenerator.Number(sequence, 1) }, CustomsFunction.Amend)).Fault()
            .ShouldBe(CustomsFaultCodes.StaleAmendment);
    }

    [Fact]
    public async Task Declare_ConcurrentRepeatsOfOneMessage_OneRecordOneReply()
    {
        var message = hub.Sender.Build(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 3), CustomsFunction.Declare, "concurrent-1", DateTimeOffset.UtcNow);

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => hub.Sender.SendAsync(message)));

        replies.ShouldAllBe(r => r.Status == 200);
        replies.Select(r => r.Reply.HubMessageId).Distinct().ShouldHaveSingleItem();
        var id = replies[0].Reply.InstanceId(1);
        (await hub.ProvenanceAsync(id)).Count.ShouldBe(1);
        (await hub.GetJsonAsync($"/fhir/Device/{id}")).Version().ShouldBe("1");
    }
}
