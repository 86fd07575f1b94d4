using System.Net;
using System.Text;
using System.Text.Json;
using MedDevice.Hub.Storage.Verification;
using MedDevice.Hub.Tests.Infrastructure;
using MedDevice.Hub.Verification;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Testing.Polling;
using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Tests.Verification;

/// <summary>
/// The durable organisation verification queue through the real host and sandbox: verdicts on Organization records,
/// <c>actor.unverified</c> routed to subscribers, listeners told at least once, nothing lost while the identity
/// service is down, across a restart, or under chaos.
/// </summary>
public sealed class ActorVerificationQueueTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-queue-").FullName;
    private LoopbackSink _sink = null!;

    private string DatabasePath => Path.Combine(_folder, "hub.db");

    public async Task InitializeAsync() => _sink = await LoopbackSink.StartAsync();

    public async Task DisposeAsync()
    {
        await _sink.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Enqueue_Organizations_RecordedAlertedAndAnnouncedOnce()
    {
        await using var sandbox = await IdentitySandbox.StartAsync();
        var listener = new RecordingListener();
        await using var hub = new QueueHub(DatabasePath, sandbox.Address, _sink.Endpoint, listener);
        await HubFactory.WaitReadyAsync(hub.Client);
        var organizations = SyntheticOrganizations.Take(30).Append(SyntheticOrganizations.Get(5_000)).ToList();
        var unverified = organizations.Count(o => o.Index >= 2_000 || o.Status != SyntheticOrganizationStatus.Active);

        var tickets = new List<ActorVerificationTicket>();
        foreach (var organization in organizations)
        {
            tickets.Add(await hub.Queue.EnqueueOrganizationAsync(organization.TaxCode, $"Device/{organization.Index}", $"msg-{organization.Index}"));
        }

        var repeat = await hub.Queue.EnqueueOrganizationAsync(organizations[0].TaxCode, "Device/0", "msg-0");

        tickets.ShouldAllBe(t => t.Queued && t.IsNew);
        repeat.IsNew.ShouldBeFalse();
        repeat.VerificationId.ShouldBe(tickets[0].VerificationId);
        await hub.UntilAllDoneAsync(Bound);
        await _sink.UntilAsync(r => r.Count >= unverified, $"{unverified} alerts at the sink", Bound);

        foreach (var organization in organizations)
        {
            var stored = (await hub.Store.FindOrganizationAsync(organization.TaxCode, CancellationToken.None)).ShouldNotBeNull();
            var expected = organization.Index >= 2_000 ? "not-found" : organization.Status.ToString().ToLowerInvariant();
            stored.VerificationStatus.ShouldBe(expected);
            var resource = JsonDocument.Parse(stored.Resource).RootElement;
            resource.GetProperty("resourceType").GetString().ShouldBe("Organization");
            resource.GetProperty("identifier")[0].GetProperty("value").GetString().ShouldBe(organization.TaxCode);
            resource.GetProperty("active").GetBoolean().ShouldBe(expected == "active");
        }

        listener.Completed.Count.ShouldBe(organizations.Count);
        listener.Completed.Select(c => c.SubjectReference).Order().ShouldBe(organizations.Select(o => $"Device/{o.Index}").Order());
        listener.Completed.Count(c => !c.Verified).ShouldBe(unverified);
        // Nothing is open and each alert is committed with its verdict: once the backbone settles, every alert was sent.
        (await BackboneQueues.UntilSettledAsync(hub.Services)).ShouldHaveSingleItem().Delivered.ShouldBe(unverified);
        var alerts = _sink.Requests.ToList();
        alerts.Count.ShouldBe(unverified);
        alerts.ShouldAllBe(a => a.Headers["X-Hub-Topic"] == ActorUnverifiedFeedHandler.Topic);
        var bodies = alerts.Select(a => JsonDocument.Parse(a.Body).RootElement).ToList();
        bodies.Select(b => b.GetProperty("outcome").GetString()).ShouldAllBe(o => o != "active");
        bodies.Select(b => b.GetProperty("verificationId").GetInt64()).Distinct().Count().ShouldBe(unverified);
        bodies.ShouldContain(b => b.GetProperty("outcome").GetString() == "not-found" && b.GetProperty("subjectReference").GetString() == "Device/5000");
    }

    [Fact]
    public async Task Enqueue_ServiceDownThenHubRestartsWithServiceUp_NothingLost()
    {
        var organizations = SyntheticOrganizations.Take(5).ToList();
        await using (var down = new QueueHub(DatabasePath, IdentitySandbox.ClosedAddress(), _sink.Endpoint, new RecordingListener()))
        {
            await HubFactory.WaitReadyAsync(down.Client);
            var ids = new List<long>();
            foreach (var organization in organizations)
            {
                ids.Add((await down.Queue.EnqueueOrganizationAsync(organization.TaxCode, null, $"msg-{organization.Index}")).VerificationId!.Value);
            }

            await Eventually.UntilAsync(async () => (await down.Store.GetAsync(ids[^1], CancellationToken.None))!.Attempts >= 2, "a second failed attempt at the last verification", Bound);
            var row = (await down.Store.GetAsync(ids[0], CancellationToken.None)).ShouldNotBeNull();
            row.State.ShouldBe(ActorVerificationState.Pending);
            row.LastError.ShouldNotBeNull().ShouldStartWith("ADP-");
            (await down.Store.FindOrganizationAsync(organizations[0].TaxCode, CancellationToken.None)).ShouldBeNull();
        }

        await using var sandbox = await IdentitySandbox.StartAsync();
        var listener = new RecordingListener();
        await using var up = new QueueHub(DatabasePath, sandbox.Address, _sink.Endpoint, listener);
        await HubFactory.WaitReadyAsync(up.Client);

        await up.UntilAllDoneAsync(Bound);
        foreach (var organization in organizations)
        {
            (await up.Store.FindOrganizationAsync(organization.TaxCode, CancellationToken.None)).ShouldNotBeNull().VerificationStatus.ShouldBe("active");
        }

        listener.Completed.Count.ShouldBe(organizations.Count);
    }

    [Fact]
    public async Task Stop_WhileACallHangs_RowsGivenBackSoARestartDoesNotWaitOutTheLease()
    {
        // The identity endpoint accepts connections and never answers: the round is still in flight when the hub stops.
        using var blackHole = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        blackHole.Start();
        var accepted = new List<System.Net.Sockets.TcpClient>();
        using var stopAccepting = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stopAccepting.IsCancellationRequested)
            {
                try
                {
                    accepted.Add(await blackHole.AcceptTcpClientAsync(stopAccepting.Token));
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
        var organizations = SyntheticOrganizations.Take(3).ToList();
        await using (var hanging = new QueueHub(DatabasePath, new Uri($"http://127.0.0.1:{((IPEndPoint)blackHole.LocalEndpoint).Port}"), _sink.Endpoint, new RecordingListener()))
        {
            await HubFactory.WaitReadyAsync(hanging.Client);
            var ids = new List<long>();
            foreach (var organization in organizations)
            {
                ids.Add((await hanging.Queue.EnqueueOrganizationAsync(organization.TaxCode, null, $"msg-{organization.Index}")).VerificationId!.Value);
            }

            await Eventually.UntilAsync(async () => (await hanging.Store.GetAsync(ids[^1], CancellationToken.None))!.Attempts >= 1, "the round to claim the rows", Bound);
        }

        await stopAccepting.CancelAsync();
        await accepting;
        accepted.ForEach(c => c.Dispose());

        await using var sandbox = await IdentitySandbox.StartAsync();
        await using var up = new QueueHub(DatabasePath, sandbox.Address, _sink.Endpoint, new RecordingListener());
        await HubFactory.WaitReadyAsync(up.Client);

        // The claim lease is 2 minutes: only rows given back at the stop are verified within the bound.
        await up.UntilAllDoneAsync(Bound);
        sandbox.Statistics.Calls.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Chaos_ThirtyPercentFailuresAnd200msLatency_EveryVerificationCompletesNothingLost()
    {
        await using var sandbox = await IdentitySandbox.StartAsync(o =>
        {
            o.FailureRate = 0.3;
            o.LatencyMs = 200;
        });
        var listener = new RecordingListener();
        await using var hub = new QueueHub(DatabasePath, sandbox.Address, _sink.Endpoint, listener, adapterAttempts: 3);
        await HubFactory.WaitReadyAsync(hub.Client);
        var organizations = SyntheticOrganizations.Take(80).ToList();
        var unverified = organizations.Count(o => o.Status != SyntheticOrganizationStatus.Active);

        foreach (var organization in organizations)
        {
            (await hub.Queue.EnqueueOrganizationAsync(organization.TaxCode, $"Device/{organization.Index}", "chaos")).Queued.ShouldBeTrue();
        }

        await hub.UntilAllDoneAsync(Bound);
        await _sink.UntilAsync(r => r.Count >= unverified, $"{unverified} alerts at the sink", Bound);

        sandbox.Statistics.InjectedFailures.ShouldBeGreaterThan(0);
        listener.Completed.Select(c => c.TaxCode).Order().ShouldBe(organizations.Select(o => o.TaxCode).Order());
        foreach (var organization in organizations)
        {
            (await hub.Store.FindOrganizationAsync(organization.TaxCode, CancellationToken.None)).ShouldNotBeNull()
                .VerificationStatus.ShouldBe(organization.Status.ToString().ToLowerInvariant());
        }

        _sink.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("taxCode").GetString()).Order()
            .ShouldBe(organizations.Where(o => o.Status != SyntheticOrganizationStatus.Active).Select(o => o.TaxCode).Order());
    }

    [Fact]
    public async Task Listener_FailsTwice_CalledAgainUntilItSucceeds()
    {
        await using var sandbox = await IdentitySandbox.StartAsync();
        var listener = new RecordingListener { FailuresLeft = 2 };
        await using var hub = new QueueHub(DatabasePath, sandbox.Address, _sink.Endpoint, listener);
        await HubFactory.WaitReadyAsync(hub.Client);

        var ticket = await hub.Queue.EnqueueOrganizationAsync(SyntheticOrganizations.Get(0).TaxCode, "Device/1", "msg-1");

        await hub.UntilAllDoneAsync(Bound);
        listener.Calls.ShouldBe(3);
        listener.Completed.ShouldHaveSingleItem().VerificationId.ShouldBe(ticket.VerificationId!.Value);
        (await hub.Store.GetAsync(ticket.VerificationId.Value, CancellationToken.None)).ShouldNotBeNull().State.ShouldBe(ActorVerificationState.Done);
        sandbox.Statistics.Calls.ShouldBe(1);
    }

    [Theory]
    [InlineData("001085012345", VerificationErrorCodes.PersonalTaxCodeNotQueued)]
    [InlineData("0100109107", VerificationErrorCodes.InvalidTaxCode)]
    public async Task Enqueue_PersonalOrInvalidTaxCode_RefusedWithCodeAndNothingStored(string taxCode, string code)
    {
        await using var hub = new QueueHub(DatabasePath, IdentitySandbox.ClosedAddress(), _sink.Endpoint, new RecordingListener());
        await HubFactory.WaitReadyAsync(hub.Client);

        var ticket = await hub.Queue.EnqueueOrganizationAsync(taxCode, "Device/1", "msg-1");

        ticket.Queued.ShouldBeFalse();
        ticket.ErrorCode.ShouldBe(code);
        ticket.Error.ShouldNotBeNull().ShouldNotContain(taxCode);
        (await hub.Store.CountOpenAsync(CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task InternalFeed_PartnerPosts_Refused()
    {
        await using var hub = new QueueHub(DatabasePath, IdentitySandbox.ClosedAddress(), _sink.Endpoint, new RecordingListener());
        await HubFactory.WaitReadyAsync(hub.Client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbound/" + ActorUnverifiedFeedHandler.FeedName)
        {
            Content = new StringContent("""{"event":"actor.unverified","taxCode":"0100109106","outcome":"closed"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey all-feeds-key");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "forged-alert");

        using var response = await hub.Client.SendAsync(request);

        response.StatusCode.ShouldBe((HttpStatusCode)422);
        (await response.Content.ReadAsStringAsync()).ShouldContain(ActorUnverifiedFeedHandler.InternalOnlyCode);
        // Acceptance is synchronous: had the forged alert been stored, settling would wait for its delivery.
        (await BackboneQueues.UntilSettledAsync(hub.Services)).ShouldAllBe(q => q.Delivered == 0 && q.Dead == 0);
        _sink.Requests.ShouldBeEmpty();
    }
}
