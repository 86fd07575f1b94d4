using Microsoft.Extensions.DependencyInjection.Extensions;
using MedDevice.Adapters.Identity;
using MedDevice.Adapters.Operations;
using MedDevice.Hub.Feeds;
using MedDevice.Hub.Sandbox;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Verification;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Verification;

/// <summary>Wires actor verification: the sandbox (development), the identity adapter, the queue, its worker and the alert feed.</summary>
public static class VerificationServiceExtensions
{
    /// <summary>Section of the in-process sandbox.</summary>
    public const string SandboxSection = SandboxActivation.SectionName;

    /// <summary>
    /// Registers everything. In the development profile, unless <c>Hub:Sandbox:Enabled=false</c>, the sandbox runs in-process
    /// and, unless <c>Hub:Adapters:Identity:Endpoint</c> is set, the identity adapter points at it.
    /// </summary>
    public static WebApplicationBuilder AddHubVerification(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (SandboxActivation.InProcess(configuration) is { } sandbox)
        {
            builder.Services.AddSingleton(sandbox);
            builder.Services.AddHostedService<InProcessSandbox>();
            if (string.IsNullOrWhiteSpace(configuration[IdentityAdapter.Description.SectionName + ":Endpoint"]))
            {
                configuration.AddInMemoryCollection([new(IdentityAdapter.Description.SectionName + ":Endpoint", sandbox.Url)]);
            }
        }

        builder.Services.AddPartnerOperations(VerificationOperations.Registration);
        builder.Services.AddIdentityAdapter(configuration);
        // Customs asks the same register about importers (pending while it cannot answer).
        builder.Services.Replace(ServiceDescriptor.Singleton<Customs.IImporterVerifier, Customs.IdentityImporterVerifier>());
        var options = new VerificationOptions();
        configuration.GetSection(VerificationOptions.SectionName).Bind(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sp => new ActorVerificationStore(sp.GetRequiredService<SqlDialect>(), sp.GetRequiredService<GroupCommitWriter>(),
            sp.GetService<IPayloadProtector>()));
        builder.Services.AddSingleton<VerificationWorkSignal>();
        builder.Services.AddSingleton<IActorVerificationQueue, ActorVerificationQueue>();
        builder.Services.AddSingleton<MedDevice.Adapters.Inbound.IInboundFeed, ActorUnverifiedFeedHandler>();
        builder.Services.AddHostedService<ActorVerificationWorker>();
        return builder;
    }
}
