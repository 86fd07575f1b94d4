using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace MedDevice.Hub.Cli.Queues;

/// <summary><c>hubctl queues [--json]</c>: per subscriber depth, oldest age, retrying, dead, delivered.</summary>
internal static class QueuesCommand
{
    public static Option<string?> ConfigOption() => new("--config") { Description = "appsettings file of the hub (default hub/MedDevice.Hub/appsettings.json); Hub__ environment variables apply on top." };

    public static Command Create(CliIo io)
    {
        var config = ConfigOption();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("queues", "Show the delivery queue of every subscriber.") { config, json };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var hub = HubConnection.Open(parseResult.GetValue(config));
            var stats = await hub.Deliveries.GetQueueStatsAsync(ct);
            var unprocessed = await hub.Deliveries.CountUnprocessedAsync(ct);
            var now = io.Time.GetUtcNow().ToUnixTimeMilliseconds();
            if (parseResult.GetValue(json))
            {
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(new { unprocessed, subscribers = stats }));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("subscriber", "depth", "oldest age (s)", "retrying", "dead", "delivered");
            foreach (var s in stats)
            {
                var age = s.OldestCreatedAt is { } oldest ? ((now - oldest) / 1000.0).ToString("F1", CultureInfo.InvariantCulture) : "-";
                table.AddRow(s.SubscriberId, Num(s.Depth), age, Num(s.Retrying), Num(s.Dead), Num(s.Delivered));
            }

            var console = io.CreateConsole();
            console.Write(table);
            console.WriteLine($"unprocessed messages: {unprocessed}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
