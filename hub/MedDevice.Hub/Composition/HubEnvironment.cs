using MedDevice.Hub.Security;

namespace MedDevice.Hub.Composition;

/// <summary>
/// The host environment follows the hub's profile (<c>Hub:Security:Profile</c>): <c>Production</c> for the production
/// profile, <c>Development</c> for any other, whatever <c>ASPNETCORE_ENVIRONMENT</c> or <c>--environment</c> say, so the
/// start-up line "Hosting environment" and <see cref="IHostEnvironment"/> agree with the profile.
/// </summary>
public static class HubEnvironment
{
    /// <summary>The configuration key of the profile.</summary>
    public const string ProfileKey = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.Profile);

    /// <summary>The environment name of a profile.</summary>
    public static string FromProfile(string? profile) =>
        SecurityOptions.IsProductionProfile(profile) ? Environments.Production : Environments.Development;

    /// <summary>
    /// The environment name for a start with <paramref name="args"/>. The host has to know it before its configuration
    /// is built, so the profile is read from the sources that can set it: <paramref name="defaults"/>, the content root's
    /// appsettings.json, environment variables and the command line (later ones win, as in the host). A profile set only
    /// in <c>appsettings.{Environment}.json</c> cannot choose the environment that selects that file.
    /// </summary>
    public static string Resolve(string[] args, IReadOnlyList<KeyValuePair<string, string?>> defaults)
    {
        ArgumentNullException.ThrowIfNull(args);
        var contentRoot = ContentRoot(args);
        var root = new ConfigurationBuilder()
            .AddInMemoryCollection(defaults)
            .AddJsonFile(Path.Combine(contentRoot, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        try
        {
            return FromProfile(root[ProfileKey]);
        }
        finally
        {
            (root as IDisposable)?.Dispose();
        }
    }

    /// <summary>The content root as the host chooses it: <c>--contentRoot</c>, <c>ASPNETCORE_/DOTNET_CONTENTROOT</c>, else the current folder.</summary>
    private static string ContentRoot(string[] args)
    {
        var root = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build();
        try
        {
            return Path.GetFullPath(root[HostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory());
        }
        finally
        {
            (root as IDisposable)?.Dispose();
        }
    }
}
