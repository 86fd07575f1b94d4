using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Processing;

/// <summary>The poison-message rule on the embedded database.</summary>
public sealed class SqlitePoisonMessageTests : PoisonMessageTests
{
    protected override Task<HubFactory> CreateFactoryAsync(HubFactory factory) => Task.FromResult(factory);
}
