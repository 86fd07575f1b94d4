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

    [Fact]
    public void Migrations_GlobalOrder_HasNoDuplicateOrMissingVersion()
    {
        var versions = SqlDialect.Create(Options).Migrations.Select(m => m.Version).ToList();

        versions.ShouldBeUnique();
        versions.ShouldBe(versions.Order().ToList());
        Enumerable.Range(1, versions.Max()).Except(versions).ShouldBeEmpty();
    }

    [Fact]
    public void Migrations_OfTheSingleList_KeepTheirVersionsAndNames()
    {
        var dialect = SqlDialect.Create(Options);
        var known = SingleListSnapshot.Migrations.Select(m => m.Version).ToHashSet();

        dialect.Migrations.Where(m => known.Contains(m.Version)).Select(m => (m.Version, m.Name)).ShouldBe(SingleListSnapshot.Migrations);
        var last = SingleListSnapshot.Migrations[^1].Version;
        dialect.Migrations.Where(m => !known.Contains(m.Version)).ShouldAllBe(m => m.Version > last);
    }

    [Fact]
    public async Task ApplyAsync_DatabaseMigratedByTheSingleList_RunsOnlyNewerVersions()
    {
        var dialect = SqlDialect.Create(Options);
        var last = SingleListSnapshot.Migrations[^1].Version;
        await using (var connection = await dialect.OpenConnectionAsync(CancellationToken.None))
        {
            // A database as the single list left it: its steps run and recorded under their old names.
            await ExecuteAsync(connection, dialect.Schema.CreateMigrationsTableSql);
            foreach (var (version, name) in SingleListSnapshot.Migrations)
            {
                await ExecuteAsync(connection, dialect.Migrations.Single(m => m.Version == version).Sql);
                await ExecuteAsync(connection, dialect.Schema.InsertMigrationSql, ("version", version), ("name", name), ("applied_at", 0L));
            }
        }

        var runner = new MigrationRunner(dialect, new FakeTimeProvider());
        var applied = await runner.ApplyAsync(CancellationToken.None);

        applied.ShouldBe(dialect.Migrations.Where(m => m.Version > last).Select(m => m.Version).ToList());
        (await runner.IsUpToDateAsync(CancellationToken.None)).ShouldBeTrue();
        var recorded = new List<(int, string)>();
        await using (var connection = await dialect.OpenConnectionAsync(CancellationToken.None))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT version, name FROM schema_migrations ORDER BY version";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                recorded.Add((reader.GetInt32(0), reader.GetString(1)));
            }
        }

        recorded.Where(r => r.Item1 <= last).ShouldBe(SingleListSnapshot.Migrations);
    }

    [Fact]
    public async Task ApplyAsync_Version9OverExistingSearchRows_GivesEachRowItsPredecessor()
    {
        var dialect = SqlDialect.Create(Options);
        await using (var connection = await dialect.OpenConnectionAsync(CancellationToken.None))
        {
            // A database as version 8 left it, with string rows written before prev_folded existed.
            await ExecuteAsync(connection, dialect.Schema.CreateMigrationsTableSql);
            foreach (var migration in dialect.Migrations.Where(m => m.Version < 9).OrderBy(m => m.Version))
            {
                await ExecuteAsync(connection, migration.Sql);
                await ExecuteAsync(connection, dialect.Schema.InsertMigrationSql, ("version", migration.Version), ("name", migration.Name), ("applied_at", 0L));
            }

            foreach (var id in new[] { "d1", "d2" })
            {
                await ExecuteAsync(connection, "INSERT INTO devices (id, version_id, last_updated, status, resource, deleted) VALUES (@id, 1, 0, 'active', @resource, 0)",
                    ("id", id), ("resource", new byte[] { 0x7b, 0x7d }));
            }

            foreach (var (device, param, folded) in new[] { ("d1", "name", "may tho b"), ("d1", "name", "may tho a"), ("d1", "name", "binh"), ("d1", "model", "x1"), ("d2", "name", "may") })
            {
                await ExecuteAsync(connection, "INSERT INTO device_search_strings (device_id, param, value_folded, value_exact) VALUES (@d, @p, @f, @f)",
                    ("d", device), ("p", param), ("f", folded));
            }
        }

        var applied = await new MigrationRunner(dialect, new FakeTimeProvider()).ApplyAsync(CancellationToken.None);

        applied.ShouldContain(9);
        var rows = new List<string>();
        await using (var connection = await dialect.OpenConnectionAsync(CancellationToken.None))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT device_id, param, value_folded, prev_folded FROM device_search_strings ORDER BY device_id, param, value_folded";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetString(2)}|{(reader.IsDBNull(3) ? "-" : reader.GetString(3))}");
            }
        }

        rows.ShouldBe(["d1|model|x1|-", "d1|name|binh|-", "d1|name|may tho a|binh", "d1|name|may tho b|may tho a", "d2|name|may|-"]);
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            SqlDialect.AddParameter(command, name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
