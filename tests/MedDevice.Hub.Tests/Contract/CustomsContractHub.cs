using MedDevice.Hub.Processing;
using MedDevice.Hub.Tests.Customs;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Contract;

/// <summary>The customs test hub with a fault that can be injected between a declaration's plan and its commit.</summary>
public sealed class CustomsContractHub : IAsyncLifetime
{
    internal ArmableCommitFault Fault { get; } = new();

    public CustomsHub Hub { get; }

    public CustomsContractHub() => Hub = new CustomsHub { Services = services => services.AddSingleton<IPlanCommitObserver>(Fault) };

    public Task InitializeAsync() => Hub.InitializeAsync();

    public Task DisposeAsync() => Hub.DisposeAsync();
}
