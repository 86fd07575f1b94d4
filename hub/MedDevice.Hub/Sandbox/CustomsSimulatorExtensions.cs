using MedDevice.Hub.Security;

namespace MedDevice.Hub.Sandbox;

/// <summary>Wires the customs simulator of the in-process sandbox (development profile).</summary>
public static class CustomsSimulatorExtensions
{
    /// <summary>
    /// When the in-process sandbox runs (see <c>AddHubVerification</c>) and <c>Hub:Sandbox:Customs:Declarations</c> is not 0:
    /// makes the simulated customs partner, registers it as a configuration partner and adds the simulator. Call it before
    /// <c>AddHubSecurity</c>, which builds the partner directory from configuration. Never active in the production profile.
    /// </summary>
    public static WebApplicationBuilder AddCustomsSimulator(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (SandboxActivation.InProcess(builder.Configuration) is null)
        {
            return builder;
        }

        var options = new CustomsSimulatorOptions();
        builder.Configuration.GetSection(CustomsSimulatorOptions.SectionName).Bind(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Customs simulator settings refused: " + string.Join(" ", problems));
        }

        if (options.Declarations == 0)
        {
            return builder;
        }

        // The simulated customs system signs in with an API key, as the demo's other sandbox partners do. Where the hub
        // refuses API keys, every declaration would come back CUS-AUTH-401: say so once and stay off instead.
        var security = new SecurityOptions();
        builder.Configuration.GetSection(SecurityOptions.SectionName).Bind(security);
        if (!security.ApiKeysAccepted)
        {
            builder.Services.AddHostedService<CustomsSimulatorOffNotice>();
            return builder;
        }

        var partner = CustomsSimulatorPartner.Create(TimeProvider.System);
        builder.Configuration.AddInMemoryCollection(partner.ConfigurationEntries());
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => partner);
        builder.Services.AddSingleton<CustomsSimulatorSeed>();
        builder.Services.AddHostedService<CustomsSimulator>();
        return builder;
    }
}
