using Shouldly;
using Xunit;

namespace MedDevice.Adapters.Testing.Partners;

/// <summary>
/// The contract every partner module passes, whatever its protocol (the shape of NServiceBus's transport test suite):
/// refusals come in the partner's protocol; bad input is quarantined with its reason; a repeat returns the original answer;
/// and a message is one transaction, so a fault injected between its plan and its commit leaves neither effects nor a
/// receipt, and the message then goes through once the fault is gone. A module's test project derives one class per
/// database and implements the members below against the real host.
/// </summary>
public abstract class PartnerContractTests
{
    /// <summary>Sends a valid message of the partner with the partner's own message id.</summary>
    protected abstract Task<PartnerAnswer> SendValidAsync(string messageId, PartnerCaller caller = PartnerCaller.Partner);

    /// <summary>Sends a message the module must refuse as bad input (malformed or invalid).</summary>
    protected abstract Task<PartnerAnswer> SendMalformedAsync(string messageId);

    /// <summary>Asserts that a refusal with <paramref name="status"/> is written in the partner's protocol, with a stable code.</summary>
    protected abstract void ShouldBeRefusalInProtocol(PartnerAnswer answer, int status);

    /// <summary>Asserts that a valid message was taken (accepted or answered).</summary>
    protected abstract void ShouldBeTaken(PartnerAnswer answer);

    /// <summary>Asserts that a repeat of a message answered what the first one did.</summary>
    protected abstract void ShouldBeOriginalAnswer(PartnerAnswer first, PartnerAnswer repeat);

    /// <summary>The quarantined inputs of the partner, newest first, as (reason code, reason) pairs.</summary>
    protected abstract Task<IReadOnlyList<(string Code, string Reason)>> QuarantineAsync();

    /// <summary>Waits (bounded) until the message's effects are committed, when the module works asynchronously.</summary>
    protected abstract Task SettleAsync(string messageId, PartnerAnswer answer);

    /// <summary>True when the message left effects (devices, Provenance, events) in storage.</summary>
    protected abstract Task<bool> HasEffectsAsync(string messageId);

    /// <summary>True when the message has a receipt: a completed inbox row, a stored reply, deliveries.</summary>
    protected abstract Task<bool> HasReceiptAsync(string messageId);

    /// <summary>
    /// Arms a fault between plan and commit for the next message, sends it, and returns once the fault has struck and
    /// the message's transaction was rolled back.
    /// </summary>
    protected abstract Task<PartnerAnswer> SendValidWithFaultAsync(string messageId);

    /// <summary>Disarms the fault and lets the module go on (e.g. advances the fake clock to the retry).</summary>
    protected abstract Task RecoverFromFaultAsync(string messageId, PartnerAnswer faulted);

    [Fact]
    public async Task Anonymous_IsRefused401InPartnerProtocol()
    {
        var answer = await SendValidAsync(NewId(), PartnerCaller.Anonymous);

        ShouldBeRefusalInProtocol(answer, 401);
    }

    [Fact]
    public async Task PartnerWithoutRole_IsRefused403InPartnerProtocol()
    {
        var answer = await SendValidAsync(NewId(), PartnerCaller.WrongRole);

        ShouldBeRefusalInProtocol(answer, 403);
    }

    [Fact]
    public async Task BadInput_IsRefusedAndQuarantinedWithItsReason()
    {
        var before = (await QuarantineAsync()).Count;

        var answer = await SendMalformedAsync(NewId());

        answer.Status.ShouldBeInRange(400, 599);
        ShouldBeRefusalInProtocol(answer, answer.Status);
        var kept = await QuarantineAsync();
        kept.Count.ShouldBe(before + 1);
        kept[0].Code.ShouldNotBeNullOrWhiteSpace();
        kept[0].Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Repeat_ReturnsTheOriginalAnswer()
    {
        var id = NewId();
        var first = await SendValidAsync(id);
        ShouldBeTaken(first);
        await SettleAsync(id, first);

        var repeat = await SendValidAsync(id);

        ShouldBeOriginalAnswer(first, repeat);
    }

    [Fact]
    public async Task FaultBetweenPlanAndCommit_LeavesNeitherEffectsNorReceipt_ThenGoesThroughOnce()
    {
        var id = NewId();

        var faulted = await SendValidWithFaultAsync(id);

        (await HasEffectsAsync(id)).ShouldBeFalse("a rolled-back message leaves no effects");
        (await HasReceiptAsync(id)).ShouldBeFalse("a rolled-back message leaves no receipt");

        await RecoverFromFaultAsync(id, faulted);

        (await HasEffectsAsync(id)).ShouldBeTrue("the message goes through once the fault is gone");
        (await HasReceiptAsync(id)).ShouldBeTrue();
    }

    private static string NewId() => "contract-" + Guid.NewGuid().ToString("N")[..12];
}
