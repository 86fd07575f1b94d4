using MedDevice.Adapters.Identity;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Resilience;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Core.Audit;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Customs;
using MedDevice.Hub.Privacy;
using MedDevice.Sandbox.Data.Organizations;

namespace MedDevice.Hub.Tests.Customs;

public sealed class IdentityImporterVerifierTests
{
    private static readonly TaxCodeNumber[] Importers = SyntheticOrganizations.Take(2)
        .Select(o => TaxCodeParser.Parse(o.TaxCode, 2026).Value!).ToArray();

    [Fact]
    public async Task VerifyAsync_ConcurrentChecksOfOneImporter_ShareOneRegisterLookupAndOneAuditEntry()
    {
        var (verifier, register, audit) = Create();

        var checks = Enumerable.Range(0, 10).Select(_ => verifier.VerifyAsync(Importers[0], CancellationToken.None)).ToList();
        register.Answer(OrganizationStanding.Active);
        var statuses = await Task.WhenAll(checks);

        statuses.ShouldAllBe(s => s == ImporterStatus.Active);
        register.Calls.ShouldBe(1);
        audit.Count.ShouldBe(1);
    }

    [Fact]
    public async Task VerifyAsync_TwoImportersAtOnce_EachAsksTheRegister()
    {
        var (verifier, register, audit) = Create();

        var first = verifier.VerifyAsync(Importers[0], CancellationToken.None);
        var second = verifier.VerifyAsync(Importers[1], CancellationToken.None);
        register.Answer(OrganizationStanding.Suspended);

        (await first).ShouldBe(ImporterStatus.Suspended);
        (await second).ShouldBe(ImporterStatus.Suspended);
        register.Calls.ShouldBe(2);
        audit.Count.ShouldBe(2);
    }

    [Fact]
    public async Task VerifyAsync_AfterTheSharedLookupEnded_AsksTheRegisterAgain()
    {
        var (verifier, register, _) = Create();
        register.Answer(OrganizationStanding.Active);

        (await verifier.VerifyAsync(Importers[0], CancellationToken.None)).ShouldBe(ImporterStatus.Active);
        (await verifier.VerifyAsync(Importers[0], CancellationToken.None)).ShouldBe(ImporterStatus.Active);

        // Reuse of answers is the adapter cache's job (with its TTL): nothing is kept here once a lookup ends.
        register.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task VerifyAsync_OneCallerGivesUp_TheOthersStillGetTheAnswer()
    {
        var (verifier, register, _) = Create();
        using var impatient = new CancellationTokenSource();

        var abandoned = verifier.VerifyAsync(Importers[0], impatient.Token);
        var waiting = verifier.VerifyAsync(Importers[0], CancellationToken.None);
        await impatient.CancelAsync();
        register.Answer(OrganizationStanding.Closed);

        await Should.ThrowAsync<OperationCanceledException>(abandoned);
        (await waiting).ShouldBe(ImporterStatus.Closed);
        register.Calls.ShouldBe(1);
    }

    private static (IdentityImporterVerifier Verifier, GatedRegister Register, CountingAuditTrail Audit) Create()
    {
        var register = new GatedRegister();
        var audit = new CountingAuditTrail();
        var verifier = new IdentityImporterVerifier(register, new CustomsOptions(), audit, new Pseudonymizer(DevelopmentPseudonymKey.Create()),
            new HubMessageIdGenerator(TimeProvider.System));
        return (verifier, register, audit);
    }

    /// <summary>An enterprise register that holds every organisation lookup until <see cref="Answer"/> is called.</summary>
    private sealed class GatedRegister : IIdentityVerifier
    {
        private readonly TaskCompletionSource<OrganizationStanding> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public void Answer(OrganizationStanding standing) => _answer.TrySetResult(standing);

        public async Task<AdapterResult<OrganizationVerification>> VerifyOrganizationAsync(OrganizationQuery query, VerificationContext context,
            TimeSpan? budget = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            var standing = await _answer.Task.WaitAsync(cancellationToken);
            return new(new OrganizationVerification(standing, null, RepresentativeCheck.NotRequested, DateTimeOffset.UnixEpoch));
        }

        public Task<AdapterResult<CitizenVerification>> VerifyCitizenAsync(CitizenQuery query, VerificationContext context, TimeSpan? budget = null,
            CancellationToken cancellationToken = default) => throw new NotSupportedException("Importers are organisations.");

        public Task<IReadOnlyList<AdapterResult<IdentityVerification>>> VerifyBatchAsync(IReadOnlyList<IdentityQuery> queries, VerificationContext context,
            TimeSpan? budget = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("Importers are checked one at a time.");
    }

    private sealed class CountingAuditTrail : IAuditTrail
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task RecordAsync(AuditEvent audit)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public Task<AuditCheckpoint?> CheckpointAsync() => Task.FromResult<AuditCheckpoint?>(null);
    }
}
