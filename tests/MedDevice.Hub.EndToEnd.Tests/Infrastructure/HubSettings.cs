using System.Globalization;

namespace MedDevice.Hub.EndToEnd.Infrastructure;

/// <summary>The configuration a process-level test or benchmark gives a hub: one registry partner, HTTP subscribers, fast retries.</summary>
public static class HubSettings
{
    /// <summary>The registry partner's id.</summary>
    public const string PartnerId = "moh-registry";

    /// <summary>The registry partner's API key (it also has the admin role).</summary>
    public const string ApiKey = "e2e-registry-key";

    /// <summary>The feed the partner posts to.</summary>
    public const string Feed = "registry.device";

    /// <summary>Settings for one hub process.</summary>
    /// <param name="provider"><c>Sqlite</c> or <c>PostgreSql</c>.</param>
    /// <param name="connectionString">The database.</param>
    /// <param name="nodeId">The process's node id.</param>
    /// <param name="sinks">Subscribers, each with per-key ordering on all topics.</param>
    /// <param name="secret">The HMAC secret of every subscriber.</param>
    public static Dictionary<string, string> Create(string provider, string connectionString, string nodeId, IReadOnlyList<SinkServer> sinks, string secret)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Hub:Storage:Provider"] = provider,
            ["Hub:Storage:ConnectionString"] = connectionString,
            ["Hub:NodeId"] = nodeId,
            ["Hub:Sandbox:Enabled"] = "false", // several hub processes would compete for the sandbox's port
            ["Hub:Partners:0:Id"] = PartnerId,
            ["Hub:Partners:0:ApiKey"] = ApiKey,
            ["Hub:Partners:0:Feeds:0"] = Feed,
            ["Hub:Partners:0:Roles:0"] = "admin",
            ["Hub:Delivery:Retry:BaseDelay"] = "00:00:00.200",
            ["Hub:Delivery:Retry:MaxDelay"] = "00:00:02",
            ["Hub:Delivery:BreakDuration"] = "00:00:01",
            ["Hub:Delivery:Lease"] = "00:00:05",
            ["Hub:Processing:Lease"] = "00:00:05",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Hub:Privacy:PseudonymKey"] = "ZTJlLXRlc3QtcHNldWRvbnltLWtleS1ub3Qtc2VjcmV0LTAxMjM0NTY3ODk=", // a test key: the processes run outside Development
        };
        for (var i = 0; i < sinks.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"Hub:Subscribers:{i}:");
            settings[prefix + "Id"] = sinks[i].SubscriberId;
            settings[prefix + "Endpoint"] = sinks[i].Endpoint.ToString();
            settings[prefix + "Topics:0"] = "*";
            settings[prefix + "Ordering"] = "PerKey";
            settings[prefix + "MaxAttempts"] = "50";
            settings[prefix + "Secret"] = secret;
        }

        return settings;
    }
}
