using MedDevice.Adapters.Description;
using MedDevice.Adapters.Identity.Model;
using MedDevice.Adapters.Identity.Tests.Infrastructure;
using MedDevice.Adapters.Resilience;
using MedDevice.Adapters.Testing;
using MedDevice.Sandbox.Data.Organizations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Adapters.Identity.Tests.Contract;

/// <summary>The shared adapter contract, run for the identity adapter against the real sandbox.</summary>
public sealed class IdentityAdapterContractTests : AdapterContractTests<IdentityAdapter>
{
    protected override AdapterDescriptor Descriptor => IdentityAdapter.Description;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["CallTimeout"] = "00:00:02",
        ["Budget"] = "00:00:05",
        ["Retry:MaxAttempts"] = "2",
        ["Retry:BaseDelay"] = "00:00:00.020",
    };

    protected override async Task<PartnerSimulator> StartPartnerAsync()
    {
        var sandbox = await SandboxServer.StartAsync();
        return new PartnerSimulator(sandbox.Address, sandbox.DisposeAsync);
    }

    protected override void Register(IServiceCollection services, IConfiguration configuration) => services.AddIdentityAdapter(configuration);

    protected override void AddHostServices(IServiceCollection services) => services.AddSingleton(TestAdapters.Pseudonymizer);

    protected override async Task<AdapterFailure?> CallOnceAsync(IdentityAdapter adapter, CancellationToken cancellationToken)
    {
        var result = await adapter.VerifyOrganizationAsync(new OrganizationQuery(SyntheticOrganizations.Get(0).TaxCode), TestAdapters.Context, cancellationToken: cancellationToken);
        return result.Failure;
    }
}
