using System.Text;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Verification;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Verification;

/// <summary>The actor verification queue and organisation records, as every database must keep them.</summary>
public abstract class ActorVerificationComplianceTests : IAsyncLifetime
{
    private const long Now = 1_800_000_000_000;
    private GroupCommitWriter? _writer;
    private ActorVerificationStore _store = null!;
    private MessageStore _messages = null!;

    protected abstract StorageOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        var dialect = SqlDialect.Create(Options);
        await new MigrationRunner(dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);
        _writer = new GroupCommitWriter(dialect, dialect.Provider == StorageProvider.Sqlite ? 1 : 4, maxBatch: 8);
        _store = new ActorVerificationStore(dialect, _writer);
        _messages = new MessageStore(dialect, _writer);
    }

    public virtual async Task DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    [Fact]
    public async Task EnqueueAsync_SameSubjectReferenceAndSourceConcurrently_OneRow()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _store.EnqueueAsync(Organization("0100109106", "Device/1", "msg-1"))));
        var other = await _store.EnqueueAsync(Organization("0100109106", "Device/2", "msg-2"));

        results.Count(r => r.IsNew).ShouldBe(1);
        results.Select(r => r.Id).Distinct().ShouldHaveSingleItem();
        other.IsNew.ShouldBeTrue();
        other.Id.ShouldNotBe(results[0].Id);
        (await _store.CountOpenAsync(CancellationToken.None)).ShouldBe(2);
    }

    [Fact]
    public async Task ClaimAsync_DueRow_ClaimedOnceUntilTheLeaseEnds()
    {
        var queued = await _store.EnqueueAsync(Organization("0100109106", "", ""));

        var first = await _store.ClaimAsync(10, Now, Now + 1_000);
        var during = await _store.ClaimAsync(10, Now + 500, Now + 1_500);
        var after = await _store.ClaimAsync(10, Now + 1_000, Now + 2_000);

        first.ShouldHaveSingleItem().Id.ShouldBe(queued.Id);
        first[0].State.ShouldBe(ActorVerificationState.Pending);
        first[0].Attempts.ShouldBe(1);
        during.ShouldBeEmpty();
        after.ShouldHaveSingleItem().Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task ClaimAsync_ConcurrentClaimers_DisjointBatches()
    {
        for (var i = 0; i < 40; i++)
        {
            await _store.EnqueueAsync(Organization("0100109106", $"Device/{i}", $"msg-{i}"));
        }

        var batches = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _store.ClaimAsync(15, Now, Now + 60_000)));

        var ids = batches.SelectMany(b => b.Select(r => r.Id)).ToList();
        ids.Count.ShouldBe(40);
        ids.Distinct().Count().ShouldBe(40);
    }

    [Fact]
    public async Task RecordAsync_Verdict_RowOrganizationAndAlertCommittedTogetherOnce()
    {
        var queued = await _store.EnqueueAsync(Organization("0100109106", "Device/9", "msg-9"));
        var verified = Verified(queued.Id, "0100109106", "suspended", checkedAt: Now, Alert("alert-1"));

        var recorded = await _store.RecordAsync(verified);
        var again = await _store.RecordAsync(verified with { Alert = Alert("alert-2") });

        recorded.ShouldBeTrue();
        again.ShouldBeFalse();
        var row = (await _store.GetAsync(queued.Id, CancellationToken.None)).ShouldNotBeNull();
        row.State.ShouldBe(ActorVerificationState.Verified);
        row.Outcome.ShouldBe("suspended");
        row.CheckedAt.ShouldBe(Now);
        var organization = (await _store.FindOrganizationAsync("0100109106", CancellationToken.None)).ShouldNotBeNull();
        organization.VerificationStatus.ShouldBe("suspended");
        Encoding.UTF8.GetString(organization.Resource).ShouldContain("Organization");
        (await _messages.GetStatusAsync("alert-1", CancellationToken.None)).ShouldNotBeNull().Feed.ShouldBe("hub.actor-verification");
        (await _messages.GetStatusAsync("alert-2", CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task RecordAsync_OlderCheckAfterNewer_OrganizationKeepsTheNewer()
    {
        var older = await _store.EnqueueAsync(Organization("0100109106", "Device/1", "msg-1"));
        var newer = await _store.EnqueueAsync(Organization("0100109106", "Device/2", "msg-2"));

        await _store.RecordAsync(Verified(newer.Id, "0100109106", "closed", checkedAt: Now + 10, alert: null));
        await _store.RecordAsync(Verified(older.Id, "0100109106", "active", checkedAt: Now, alert: null));

        var organization = (await _store.FindOrganizationAsync("0100109106", CancellationToken.None)).ShouldNotBeNull();
        organization.VerificationStatus.ShouldBe("closed");
        organization.VersionId.ShouldBe(1);
        organization.VerifiedAt.ShouldBe(Now + 10);
    }

    [Fact]
    public async Task PostponeAsync_ThenComplete_DueLaterWithRedactedReasonThenDone()
    {
        var queued = await _store.EnqueueAsync(Organization("0100109106", "", ""));
        await _store.ClaimAsync(10, Now, Now + 1_000);

        await _store.PostponeAsync(queued.Id, Now + 5_000, "lookup of 001085012345 failed");
        (await _store.ClaimAsync(10, Now + 4_999, Now + 9_000)).ShouldBeEmpty();
        var retried = (await _store.ClaimAsync(10, Now + 5_000, Now + 9_000)).ShouldHaveSingleItem();
        await _store.RecordAsync(Verified(queued.Id, "0100109106", "active", Now + 5_100, alert: null));
        await _store.CompleteAsync(queued.Id, Now + 5_200);

        retried.LastError.ShouldNotBeNull().ShouldNotContain("001085012345");
        var done = (await _store.GetAsync(queued.Id, CancellationToken.None)).ShouldNotBeNull();
        done.State.ShouldBe(ActorVerificationState.Done);
        done.CompletedAt.ShouldBe(Now + 5_200);
        (await _store.CountOpenAsync(CancellationToken.None)).ShouldBe(0);
        (await _store.ClaimAsync(10, Now + 99_000, Now + 100_000)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ClaimAsync_VerifiedNotYetDone_ClaimedAgainForItsListenersOnceTheLeaseEnds()
    {
        var queued = await _store.EnqueueAsync(Organization("0100109106", "", ""));
        await _store.ClaimAsync(10, Now, Now + 1_000);
        await _store.RecordAsync(Verified(queued.Id, "0100109106", "active", Now, alert: null) with { Now = Now + 100 });

        (await _store.ClaimAsync(10, Now + 999, Now + 2_000)).ShouldBeEmpty();
        var claimed = (await _store.ClaimAsync(10, Now + 1_000, Now + 2_000)).ShouldHaveSingleItem();

        claimed.State.ShouldBe(ActorVerificationState.Verified);
        claimed.Outcome.ShouldBe("active");
    }

    private static NewActorVerification Organization(string taxCode, string reference, string source) => new("organization", taxCode, reference, source, Now);

    private static VerifiedOrganization Verified(long id, string taxCode, string outcome, long checkedAt, InboxEntry? alert) =>
        new(id, taxCode, outcome, "Công ty TNHH Thiết bị Y tế Hồng Đức 1", checkedAt,
            Encoding.UTF8.GetBytes($$"""{"resourceType":"Organization","id":"{{taxCode}}"}"""), alert, Now);

    private static InboxEntry Alert(string id) =>
        new(id, "hub", id, "hub.actor-verification", "application/json", new string('0', 64), Encoding.UTF8.GetBytes("{}"), "0100109106", Now);
}
