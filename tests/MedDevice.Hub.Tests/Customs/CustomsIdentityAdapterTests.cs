using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Tests.Verification;
using MedDevice.Sandbox.Data.Customs;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>
/// Importer checks through the real identity adapter over gRPC on 127.0.0.1 (the sandbox register), not a test double:
/// the register's answer decides the lane, answers are cached, and an unreachable register leaves lines pending.
/// </summary>
public sealed class CustomsIdentityAdapterTests
{
    [Fact]
    public async Task Declare_RegisterAnswers_VerdictByStandingAndRepeatsFromCache()
    {
        await using var sandbox = await IdentitySandbox.StartAsync();
        var hub = new CustomsHub { IdentityEndpoint = sandbox.Address };
        await hub.InitializeAsync();
        try
        {
            var active = SyntheticOrganizations.Take(50).First(o => o.Status == SyntheticOrganizationStatus.Active);
            var suspended = SyntheticOrganizations.Take(50).First(o => o.Status == SyntheticOrganizationStatus.Suspended);
            var unknown = SyntheticOrganizations.Get(5_000);

            var green = await SendAsync(hub, active);
            var callsAfterFirst = sandbox.Statistics.Calls;
            var again = await SendAsync(hub, active);
            var red = await SendAsync(hub, suspended);
            var notFound = await SendAsync(hub, unknown);

            green.Lane.ShouldBe("GREEN");
            again.Lane.ShouldBe("GREEN");
            callsAfterFirst.ShouldBeGreaterThan(0);
            sandbox.Statistics.Calls.ShouldBe(callsAfterFirst + 2, "the repeat is answered from the adapter's cache");
            red.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.ImporterSuspended]);
            notFound.Lines[0].ReasonCodes.ShouldBe([CustomsReasonCodes.ImporterNotFound]);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    [Fact]
    public async Task Declare_RegisterUnreachable_PendingNeverGuessed()
    {
        var hub = new CustomsHub { IdentityEndpoint = IdentitySandbox.ClosedAddress() };
        await hub.InitializeAsync();
        try
        {
            var reply = await SendAsync(hub, SyntheticOrganizations.Take(50).First(o => o.Status == SyntheticOrganizationStatus.Active));

            reply.Lane.ShouldBe("PENDING");
            reply.Lines.ShouldAllBe(l => l.Verdict == "PENDING" && l.ReasonCodes.SequenceEqual(new[] { CustomsReasonCodes.ImporterPending }));
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private static async Task<MedDevice.Adapters.Customs.Reply.CustomsReply> SendAsync(CustomsHub hub, SyntheticOrganization importer)
    {
        var declaration = hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 2) with { ImporterTaxCode = importer.TaxCode, ImporterName = importer.Name };
        var sent = await hub.SendAsync(declaration);
        return CustomsAssertions.Ok(sent);
    }
}
