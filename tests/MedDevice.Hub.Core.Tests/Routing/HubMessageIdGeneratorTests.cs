using MedDevice.Hub.Core.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Core.Tests.Routing;

public sealed class HubMessageIdGeneratorTests
{
    [Fact]
    public void Next_LaterTime_SortsAfterAndNeverCollides()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));
        var generator = new HubMessageIdGenerator(time);

        var first = generator.Next();
        var same = Enumerable.Range(0, 1000).Select(_ => generator.Next()).ToList();
        time.Advance(TimeSpan.FromMilliseconds(1));
        var later = generator.Next();

        first.Length.ShouldBe(26);
        same.Append(first).Distinct().Count().ShouldBe(1001);
        string.CompareOrdinal(later, same.Max(StringComparer.Ordinal)).ShouldBeGreaterThan(0);
    }
}
