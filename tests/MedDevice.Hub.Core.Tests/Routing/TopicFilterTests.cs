using MedDevice.Hub.Core.Routing;

namespace MedDevice.Hub.Core.Tests.Routing;

public sealed class TopicFilterTests
{
    [Theory]
    [InlineData(new[] { "*" }, "device.registered", true)]
    [InlineData(new[] { "device.registered" }, "device.registered", true)]
    [InlineData(new[] { "device.registered" }, "device.recalled", false)]
    [InlineData(new[] { "device.*" }, "device.recalled", true)]
    [InlineData(new[] { "device.*" }, "actor.unverified", false)]
    [InlineData(new string[0], "device.registered", false)]
    public void Matches_Topics(string[] topics, string topic, bool expected) => new TopicFilter(topics).Matches(topic).ShouldBe(expected);
}
