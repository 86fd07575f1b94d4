using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Storage.Deliveries;
using Spectre.Console;

namespace MedDevice.Hub.Cli.Queues;

/// <summary>
/// <c>hubctl dlq list|show|replay</c>: the dead-letter queue, straight from the hub's database. Delivery dead letters by
/// default; <c>--stage processing</c> for messages parked after their processing attempt budget (listed after the delivery
/// dead letters by a plain <c>list</c>).
/// </summary>
internal static class DlqCommand
{
    private static Option<string?> StageOption() => new("--stage")
    {
        Description = "delivery (default) or processing (messages parked after their processing attempt budget).",
        Validators = { r => r.AddErrorIfUnknownStage() },
    };

    private static void AddErrorIfUnknownStage(this System.CommandLine.Parsing.OptionResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (value is not null && value is not (ReplayRequest.DeliveryStage or ReplayRequest.ProcessingStage))
        {
            result.AddError($"--stage is '{ReplayRequest.DeliveryStage}' or '{ReplayRequest.ProcessingStage}', not '{value}'.");
        }
    }

    private static bool IsProcessing(string? stage) => stage == ReplayRequest.ProcessingStage;

    public static Command Create(CliIo io) => new("dlq", "Inspect and replay dead letters.") { List(io), Show(io), Replay(io) };

    private static Command List(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var subscriber = new Option<string?>("--subscriber") { Description = "Only this subscriber." };
        var topic = new Option<string?>("--topic") { Description = "Only this topic." };
        var after = new Option<long>("--after") { Description = "Start after this dead-letter id (paging)." };
        var limit = new Option<int>("--limit") { Description = "At most this many (default 50).", DefaultValueFactory = _ => 50 };
        var stage = StageOption();
        var command = new Command("list", "List dead letters.") { config, subscriber, topic, after, limit, stage };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            var size = Math.Clamp(p.GetValue(limit), 1, 1000);
            var console = io.CreateConsole();
            if (!IsProcessing(p.GetValue(stage)))
            {
                var items = await hub.Deliveries.ListDeadAsync(new DeadLetterFilter(p.GetValue(subscriber), p.GetValue(topic), p.GetValue(after), size), ct);
                var table = new Table().AddColumns("id", "stage", "subscriber", "topic", "hub message", "attempts", "last error");
                foreach (var d in items)
                {
                    table.AddRow(Num(d.Id), ReplayRequest.DeliveryStage, d.SubscriberId, d.Topic, d.HubMessageId, Num(d.Attempts), Markup.Escape(d.LastError ?? ""));
                }

                console.Write(table);
                if (p.GetValue(stage) is not null || p.GetValue(subscriber) is not null || p.GetValue(topic) is not null)
                {
                    return ExitCodes.Ok;
                }
            }

            var parked = await hub.ProcessingDeadLetters.ListAsync(IsProcessing(p.GetValue(stage)) ? p.GetValue(after) : 0, size, ct);
            var processing = new Table().AddColumns("id", "stage", "feed", "key", "hub message", "attempts", "last error");
            foreach (var d in parked)
            {
                processing.AddRow(Num(d.Id), ReplayRequest.ProcessingStage, d.Feed, Markup.Escape(d.DeviceKey ?? ""), d.HubMessageId, Num(d.Attempts),
                    Markup.Escape(d.LastError ?? ""));
            }

            console.Write(processing);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliIo io)
    {
        var config = QueuesCommand.ConfigOption();
        var id = new Argument<long>("id") { Description = "Dead-letter id." };
        var stage = StageOption();
        var command = new Command("show", "Show one dead letter as JSON.") { config, id, stage };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            object? dead = IsProcessing(p.GetValue(stage))
                ? await hub.ProcessingDeadLetters.GetAsync(p.GetValue(id), ct)
                : await hub.Deliveries.GetDeadAsync(p.GetValue(id), ct);
            if (dead is null)
            {
                await io.Error.WriteLineAsync($"hubctl: no {(IsProcessing(p.GetValue(stage)) ? "processing " : "")}dead letter {p.GetValue(id)}");
                return ExitCodes.Invalid;
            }

            await io.Out.WriteLineAsync(JsonSerializer.Serialize(dead, dead.GetType()));
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
        var stage = StageOption();
        var command = new Command("replay", "Return dead letters to the queue with a fresh attempt budget.") { config, ids, subscriber, topic, all, dryRun, rate, stage };
        command.SetAction(async (p, ct) =>
        {
            await using var hub = HubConnection.Open(p.GetValue(config));
            var replayer = new DeadLetterReplayer(hub.Deliveries, io.Time, hub.ProcessingDeadLetters);
            try
            {
                var result = await replayer.ReplayAsync(new ReplayRequest(p.GetValue(ids), p.GetValue(subscriber), p.GetValue(topic),
                    p.GetValue(all), p.GetValue(dryRun), Math.Max(1, p.GetValue(rate)), p.GetValue(stage)), ct);
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
