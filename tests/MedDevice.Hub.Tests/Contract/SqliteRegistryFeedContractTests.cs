using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Contract;

/// <summary>The registry feed's partner contract on SQLite.</summary>
public sealed class SqliteRegistryFeedContractTests : RegistryFeedContractTests
{
    protected override Task<HubFactory> UseDatabaseAsync(HubFactory factory) => Task.FromResult(factory);
}
