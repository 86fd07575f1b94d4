using MedDevice.Adapters.Identity.Caching;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Identity.Tests.Infrastructure;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Data.People;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Adapters.Identity.Tests.Caching;

/// <summary>Answers are reused for the configured TTL, keyed by pseudonyms and keyed digests, never raw personal data.</summary>
public sealed class CacheTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private SandboxServer _sandbox = null!;
    private IdentityAdapter _adapter = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _adapter = TestAdapters.Create(TestAdapters.Options(_sandbox.Address, o => o.CacheTtl = TimeSpan.FromMinutes(5)), _time);
    }

    public async Task DisposeAsync()
    {
        _adapter.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task VerifyCitizen_SameClaimTwiceWithinTtl_OneLookupSecondFromCache()
    {
        var query = Claim(SyntheticPeople.Get(30));

        var first = await _adapter.VerifyCitizenAsync(query, TestAdapters.Context);
        var second = await _adapter.VerifyCitizenAsync(query with { FullName = query.FullName.ToUpperInvariant() }, TestAdapters.Context);

        first.Value.ShouldNotBeNull().FromCache.ShouldBeFalse();
        second.Value.ShouldNotBeNull().FromCache.ShouldBeTrue();
        second.Value.Verdict.ShouldBe(first.Value.Verdict);
        _sandbox.Statistics.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task VerifyCitizen_AfterTtl_LooksUpAgain()
    {
        var query = Claim(SyntheticPeople.Get(31));

        await _adapter.VerifyCitizenAsync(query, TestAdapters.Context);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var again = await _adapter.VerifyCitizenAsync(query, TestAdapters.Context);

        again.Value.ShouldNotBeNull().FromCache.ShouldBeFalse();
        _sandbox.Statistics.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task VerifyCitizen_OtherClaimForSameNumber_NotAnsweredFromCache()
    {
        var person = SyntheticPeople.Get(32);

        var right = await _adapter.VerifyCitizenAsync(Claim(person), TestAdapters.Context);
        var wrong = await _adapter.VerifyCitizenAsync(Claim(person) with { BirthDate = person.BirthDate.AddYears(1) }, TestAdapters.Context);

        right.Value.ShouldNotBeNull().Verdict.ShouldBe(CitizenVerdict.Match);
        wrong.Value.ShouldNotBeNull().Verdict.ShouldBe(CitizenVerdict.Mismatch);
        _sandbox.Statistics.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task VerifyOrganization_FailedCall_NotCached()
    {
        var query = new OrganizationQuery(SyntheticOrganizations.Get(2).TaxCode);
        _sandbox.Identity.FailureRate = 1;
        _sandbox.Identity.FailureStatus = global::Grpc.Core.StatusCode.Internal;
        (await _adapter.VerifyOrganizationAsync(query, TestAdapters.Context)).Ok.ShouldBeFalse();
        _sandbox.Identity.FailureRate = 0;

        var answered = await _adapter.VerifyOrganizationAsync(query, TestAdapters.Context);

        answered.Value.ShouldNotBeNull().FromCache.ShouldBeFalse();
        _sandbox.Statistics.Calls.ShouldBe(2);
    }

    [Fact]
    public void CacheKeys_Citizen_HoldPseudonymAndDigestButNoRawIdNameOrDate()
    {
        var person = SyntheticPeople.Get(33);
        var keys = new IdentityCacheKeys(TestAdapters.Pseudonymizer);

        var key = keys.For(Claim(person)).ShouldNotBeNull();

        key.ShouldContain("psn:test:");
        key.ShouldNotContain(person.PersonalId);
        key.ShouldNotContain(person.FullName, Case.Insensitive);
        key.ShouldNotContain(person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        keys.For(Claim(person) with { FullName = "  " + person.FullName.ToLowerInvariant() }).ShouldBe(key);
    }

    private static CitizenQuery Claim(SyntheticPerson person) => new(person.PersonalId, person.FullName, person.BirthDate);
}
