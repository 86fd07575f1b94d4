using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Tests.Migrations;

public sealed class MigrationOrderTests
{
    [Fact]
    public void Merge_SourcesInAnyOrder_OrdersByVersion()
    {
        var merged = MigrationOrder.Merge([new Source(new Migration(3, "c", ""), new Migration(1, "a", "")), new Source(new Migration(2, "b", ""))]);

        merged.Select(m => m.Version).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Merge_TwoFeaturesClaimOneVersion_Throws()
    {
        var error = Should.Throw<InvalidOperationException>(() => MigrationOrder.Merge([new Source(new Migration(1, "a", "")), new Source(new Migration(1, "b", ""))]));

        error.Message.ShouldContain("version 1");
    }

    private sealed class Source(params Migration[] migrations) : IMigrationSource
    {
        public IReadOnlyList<Migration> Migrations { get; } = migrations;
    }
}
