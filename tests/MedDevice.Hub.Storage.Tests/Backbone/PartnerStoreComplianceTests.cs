using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;
using MedDevice.Hub.Storage.Partners;
using MedDevice.Hub.Storage.Tests.Infrastructure;
using MedDevice.Hub.Storage.Writing;
using MedDevice.Testing.PostgreSql;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Storage.Tests.Backbone;

/// <summary>The partner registry table on every database.</summary>
public abstract class PartnerStoreComplianceTests : IAsyncLifetime
{
    private GroupCommitWriter? _writer;
    private PartnerStore _store = null!;

    protected abstract StorageOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        var dialect = SqlDialect.Create(Options);
        await new MigrationRunner(dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);
        _writer = new GroupCommitWriter(dialect);
        _store = new PartnerStore(dialect, _writer);
    }

    public virtual async Task DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    [Fact]
    public async Task UpsertRotateDisable_RoundTripsAndChangesVersion()
    {
        var v0 = await _store.VersionAsync(CancellationToken.None);
        await _store.UpsertAsync(new PartnerRecord("shop", "Shop", ["ecommerce"], ["ecommerce.listing", "registry.device"], "h1", ["AB01"], 50, true, 10)
        {
            Topics = ["device.*"],
            FhirInteractions = ["Device:read"],
        });
        var v1 = await _store.VersionAsync(CancellationToken.None);
        (await _store.RotateKeyAsync("shop", "h2", 20)).ShouldBeTrue();
        (await _store.DisableAsync("shop", 30)).ShouldBeTrue();
        (await _store.DisableAsync("nobody", 30)).ShouldBeFalse();

        var stored = (await _store.ListAsync(CancellationToken.None)).Single();
        stored.Feeds.ShouldBe(["ecommerce.listing", "registry.device"]);
        stored.ApiKeyHash.ShouldBe("h2");
        stored.Enabled.ShouldBeFalse();
        stored.RateLimitPerSecond.ShouldBe(50);
        stored.Topics.ShouldBe(["device.*"]);
        stored.FhirInteractions.ShouldBe(["Device:read"]);
        v1.ShouldNotBe(v0);
        (await _store.VersionAsync(CancellationToken.None)).ShouldNotBe(v1);
    }
}

public sealed class SqlitePartnerStoreTests : PartnerStoreComplianceTests
{
    private readonly SqliteTestDatabase _database = new();

    protected override StorageOptions Options => new() { Provider = StorageProvider.Sqlite, ConnectionString = _database.ConnectionString };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }
}

public sealed class PostgreSqlPartnerStoreTests : PartnerStoreComplianceTests
{
    private readonly PostgreSqlTestDatabase _database = new();

    protected override StorageOptions Options => new() { Provider = StorageProvider.PostgreSql, ConnectionString = _database.ConnectionString };

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
