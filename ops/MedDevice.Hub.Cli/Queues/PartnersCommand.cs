using System.CommandLine;
using System.Globalization;
using MedDevice.Hub.Core.Security;
using MedDevice.Hub.Storage.Partners;
using Spectre.Console;

namespace MedDevice.Hub.Cli.Queues;

/// <summary>
/// <c>hubctl partners list|add|rotate-key|disable</c> on the partners stored in the hub's database (configuration
/// partners are managed in configuration). A new key is printed once; only its SHA-256 is stored.
/// </summary>
internal static class PartnersCommand
{
    public static Command Create(CliIo io) => new("partners", "Manage partners stored in the hub's database.") { List(io), Add(io), Rotate(io), Disable(io) };

    private static Command List(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var command = new Command("list", "List stored partners.") { config };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            var table = new Table().AddColumns("id", "name", "roles", "feeds", "api key", "certificates", "rate/s", "enabled");
            foreach (var partner in await new PartnerStore(hub.Dialect, hub.Writer).ListAsync(ct))
            {
                table.AddRow(partner.Id, Markup.Escape(partner.Name ?? ""), string.Join(',', partner.Roles), string.Join(',', partner.Feeds),
                    partner.ApiKeyHash is null ? "-" : "set", partner.CertificateThumbprints.Count.ToString(CultureInfo.InvariantCulture),
                    partner.RateLimitPerSecond.ToString(CultureInfo.InvariantCulture), partner.Enabled ? "yes" : "no");
            }

            io.CreateConsole().Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var id = new Argument<string>("id") { Description = "Partner id, e.g. vn-shop." };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var roles = new Option<string[]>("--role") { Description = "Role (repeatable): registry, customs, insurer, tender, ecommerce, identity-provider, subscriber, admin." };
        var feeds = new Option<string[]>("--feed") { Description = "Inbound feed the partner may post to (repeatable)." };
        var certificates = new Option<string[]>("--certificate-thumbprint") { Description = "SHA-256 thumbprint of a client certificate (repeatable)." };
        var rate = new Option<int>("--rate") { Description = "Requests per second (0 = hub default)." };
        var command = new Command("add", "Add a partner and print its new API key once.") { config, id, name, roles, feeds, certificates, rate };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            var key = NewKey();
            await new PartnerStore(hub.Dialect, hub.Writer).UpsertAsync(new PartnerRecord(p.GetRequiredValue(id), p.GetValue(name),
                p.GetValue(roles) ?? [], p.GetValue(feeds) ?? [], Hash(key), p.GetValue(certificates) ?? [], p.GetValue(rate), true,
                io.Time.GetUtcNow().ToUnixTimeMilliseconds()));
            await io.Out.WriteLineAsync($"partner {p.GetRequiredValue(id)} added; API key (shown once): {key}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Rotate(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var id = new Argument<string>("id") { Description = "Partner id." };
        var command = new Command("rotate-key", "Replace a partner's API key and print the new one once.") { config, id };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            var key = NewKey();
            if (!await new PartnerStore(hub.Dialect, hub.Writer).RotateKeyAsync(p.GetRequiredValue(id), Hash(key), io.Time.GetUtcNow().ToUnixTimeMilliseconds()))
            {
                await io.Error.WriteLineAsync($"hubctl: no stored partner '{p.GetRequiredValue(id)}'");
                return ExitCodes.Invalid;
            }

            await io.Out.WriteLineAsync($"partner {p.GetRequiredValue(id)}: new API key (shown once): {key}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Disable(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var id = new Argument<string>("id") { Description = "Partner id." };
        var command = new Command("disable", "Block a partner (kept for the record).") { config, id };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            if (!await new PartnerStore(hub.Dialect, hub.Writer).DisableAsync(p.GetRequiredValue(id), io.Time.GetUtcNow().ToUnixTimeMilliseconds()))
            {
                await io.Error.WriteLineAsync($"hubctl: no stored partner '{p.GetRequiredValue(id)}'");
                return ExitCodes.Invalid;
            }

            await io.Out.WriteLineAsync($"partner {p.GetRequiredValue(id)} disabled");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string NewKey() => ApiKeys.New();

    private static string Hash(string key) => ApiKeys.Hash(key);
}
