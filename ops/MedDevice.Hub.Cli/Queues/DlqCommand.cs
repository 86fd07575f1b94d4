using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Storage.Deliveries;
using Spectre.Console;

namespace MedDevice.Hub.Cli.Queues;

/// <summary><c>hubctl dlq list|show|replay</c>: the dead-letter queue, straight from the hub's database.</summary>
internal static class DlqCommand
{
    public static Command Create(CliIo io) => new("dlq", "Inspect and replay dead letters.") { List(io), Show(io), Replay(io) };

    private static Command List(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var subscriber = new Option<string?>("--subscriber") { Description = "Only this subscriber." };
        var topic = new Option<string?>("--topic") { Description = "Only this topic." };
        var after = new Option<long>("--after") { Description = "Start after this dead-letter id (paging)." };
        var limit = new Option<int>("--limit") { Description = "At most this many (default 50).", DefaultValueFactory = _ => 50 };
        var command = new Command("list", "List dead letters.") { config, subscriber, topic, after, limit };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            var items = await hub.Deliveries.ListDeadAsync(new DeadLetterFilter(p.GetValue(subscriber), p.GetValue(topic), p.GetValue(after), Math.Clamp(p.GetValue(limit), 1, 1000)), ct);
            var table = new Table().AddColumns("id", "subscriber", "topic", "hub message", "attempts", "last error");
            foreach (var d in items)
            {
                table.AddRow(Num(d.Id), d.SubscriberId, d.Topic, d.HubMessageId, Num(d.Attempts), Markup.Escape(d.LastError ?? ""));
            }

            io.CreateConsole().Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var id = new Argument<long>("id") { Description = "Dead-letter id." };
        var command = new Command("show", "Show one dead letter as JSON.") { config, id };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            if (await hub.Deliveries.GetDeadAsync(p.GetValue(id), ct) is not { } dead)
            {
                await io.Error.WriteLineAsync($"hubctl: no dead letter {p.GetValue(id)}");
                return ExitCodes.Invalid;
            }

            await io.Out.WriteLineAsync(JsonSerializer.Serialize(dead));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Replay(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var ids = new Argument<long[]>("ids") { Description = "Dead-letter ids; omit to replay by filter.", Arity = ArgumentArity.ZeroOrMore };
        var subscriber = new Option<string?>("--subscriber") { Description = "Every dead letter of this subscriber." };
        var topic = new Option<string?>("--topic") { Description = "Only this topic." };
        var all = new Option<bool>("--all") { Description = "Replay every dead letter (required when no id, subscriber or topic is given)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be replayed; change nothing." };
        var rate = new Option<int>("--rate") { Description = "Replays per second (default 100).", DefaultValueFactory = _ => ReplayRequest.DefaultRatePerSecond };
        var command = new Command("replay", "Return dead letters to the queue with a fresh attempt budget.") { config, ids, subscriber, topic, all, dryRun, rate };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            var replayer = new DeadLetterReplayer(hub.Deliveries, io.Time);
            try
            {
                var result = await replayer.ReplayAsync(new ReplayRequest(p.GetValue(ids), p.GetValue(subscriber), p.GetValue(topic),
                    p.GetValue(all), p.GetValue(dryRun), Math.Max(1, p.GetValue(rate))), ct);
                await io.Out.WriteLineAsync(result.DryRun
                    ? $"dry run: {result.Matched} dead letters would be replayed: {string.Join(' ', result.Ids)}"
                    : $"replayed {result.Replayed} of {result.Matched} dead letters");
                return ExitCodes.Ok;
            }
            catch (ArgumentException ex)
            {
                await io.Error.WriteLineAsync("hubctl: " + ex.Message);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
