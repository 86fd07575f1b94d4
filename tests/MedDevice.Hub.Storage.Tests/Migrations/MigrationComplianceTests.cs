using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Migrations;

/// <summary>Migration behaviour every dialect must show.</summary>
public abstract class MigrationComplianceTests
{
    protected abstract StorageOptions Options { get; }

    [Fact]
    public async Task ApplyAsync_FreshDatabase_AppliesEveryMigrationOnce()
    {
        var dialect = SqlDialect.Create(Options);
        var runner = new MigrationRunner(dialect, new FakeTimeProvider());

        (await runner.IsUpToDateAsync(CancellationToken.None)).ShouldBeFalse();
        var first = await runner.ApplyAsync(CancellationToken.None);
        var second = await runner.ApplyAsync(CancellationToken.None);

        first.ShouldBe(dialect.Migrations.Select(m => m.Version).Order().ToList());
        second.ShouldBeEmpty();
        (await runner.IsUpToDateAsync(CancellationToken.None)).ShouldBeTrue();
    }

    [Fact]
    public async Task ApplyAsync_ConcurrentRunners_ApplyEachMigrationExactlyOnce()
    {
        var runs = Enumerable.Range(0, 4)
            .Select(_ => new MigrationRunner(SqlDialect.Create(Options), new FakeTimeProvider()).ApplyAsync(CancellationToken.None));
        var applied = await Task.WhenAll(runs);

        applied.SelectMany(a => a).Count().ShouldBe(SqlDialect.Create(Options).Migrations.Count);
    }
}
