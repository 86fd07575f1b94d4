using MedDevice.Sandbox.Hosting;

namespace MedDevice.Hub.Sandbox;

/// <summary>Decides once, from configuration, whether the sandbox partners run inside the hub.</summary>
internal static class SandboxActivation
{
    /// <summary>Section of the in-process sandbox.</summary>
    public const string SectionName = "Hub:Sandbox";

    /// <summary>
    /// The in-process sandbox's settings, or null when it does not run: it runs unless <c>Hub:Sandbox:Enabled=false</c>,
    /// and never in the production profile (<c>Hub:Security:Profile=Production</c>).
    /// </summary>
    public static SandboxOptions? InProcess(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // On by default, also when configuration comes without the hub's appsettings.json, so `dotnet run --project
        // hub/MedDevice.Hub` starts the partners too.
        var sandbox = new SandboxOptions { Enabled = true };
        configuration.GetSection(SectionName).Bind(sandbox);
        var production = Security.SecurityOptions.IsProductionProfile(configuration[Composition.HubEnvironment.ProfileKey]);
        return sandbox.Enabled && !production ? sandbox : null;
    }
}
