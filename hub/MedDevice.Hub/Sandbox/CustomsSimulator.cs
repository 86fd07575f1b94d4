using MedDevice.Adapters.Customs.Reply;
using MedDevice.Hub.Composition;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Customs;
using MedDevice.Sandbox.Data.Customs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MedDevice.Hub.Sandbox;

/// <summary>
/// The customs simulator of the development profile: once the hub is migrated and listening, it seeds the registry with the
/// customs sandbox fixture, then sends <see cref="CustomsSimulatorOptions.Declarations"/> signed declarations (valid,
/// unregistered, recalled, price-anomalous, amended, cancelled, malformed) over SOAP to the hub's own <c>/soap/customs</c>,
/// one every <see cref="CustomsSimulatorOptions.Interval"/>, as the partner <see cref="CustomsSimulatorPartner.PartnerId"/>.
/// It logs one line per reply (function, sequence, lane and line verdict counts, or the fault code), never a payload.
/// </summary>
internal sealed partial class CustomsSimulator(
    CustomsSimulatorOptions options,
    CustomsSimulatorPartner partner,
    CustomsSimulatorSeed seed,
    StorageReadiness readiness,
    IServer server,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<CustomsSimulator> logger) : BackgroundService
{
    /// <summary>How many fixture devices the registry is seeded with (the declarations use these).</summary>
    public const int RegistrySize = 24;

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The hub's own customs endpoint on its first plain HTTP address, wildcard hosts (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>,
    /// <c>[::]</c>) replaced by 127.0.0.1; null when the hub has no plain HTTP address.
    /// </summary>
    public static Uri? SoapEndpoint(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var address in addresses)
        {
            if (!address.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                var host = uri.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : uri.Host;
                return new UriBuilder(uri) { Host = host, Path = CustomsEndpoints.Path }.Uri;
            }
        }

        return null;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The simulator is a demonstration: its failure must not stop the hub.
            LogFailed(logger, ex);
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await readiness.Migrated.WaitAsync(stoppingToken);
        await StartedAsync(stoppingToken);
        var endpoint = SoapEndpoint(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        if (endpoint is null)
        {
            LogNoAddress(logger);
            return;
        }

        var (devices, prices, recalls) = await seed.RunAsync(RegistrySize, stoppingToken);
        LogSeeded(logger, RegistrySize, devices, prices, recalls);
        var first = options.FirstSequence ?? time.GetUtcNow().ToUnixTimeMilliseconds() % 1_000_000_000;
        LogStarting(logger, options.Declarations, endpoint, options.Interval);
        using var http = new HttpClient { Timeout = ReplyTimeout };
        var sender = new CustomsSender(http, endpoint, CustomsSimulatorPartner.PartnerId, partner.Certificate, partner.ApiKey);
        var generator = new CustomsDeclarationGenerator(RegistrySize);
        var faults = 0;
        for (var i = 0; i < options.Declarations; i++)
        {
            if (i > 0)
            {
                await Task.Delay(options.Interval, time, stoppingToken);
            }

            var step = CustomsSimulationPlan.Step(first, i);
            var message = sender.Build(CustomsSimulationPlan.Declaration(generator, step), step.Function, Guid.CreateVersion7().ToString("D"), time.GetUtcNow());
            if (step.Malformation is { } malformation)
            {
                message = CustomsMalformer.Break(message, malformation);
            }

            var context = new Sent(i + 1, options.Declarations, step);
            try
            {
                var sent = await sender.SendAsync(message, stoppingToken);
                faults += Report(context, sent) ? 0 : 1;
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !stoppingToken.IsCancellationRequested))
            {
                faults++;
                LogNotSent(logger, context.Number, context.Total, step.Function, context.Declaration, ex.GetType().Name);
            }
        }

        LogFinished(logger, options.Declarations, faults);
    }

    /// <summary>Completes once the server listens (its addresses are known only then).</summary>
    private async Task StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
    }

    /// <summary>Logs the reply; false for a fault or an unreadable reply.</summary>
    private bool Report(Sent context, CustomsSendResult sent)
    {
        var step = context.Step;
        var reply = sent.Reply;
        var elapsed = (long)sent.Elapsed.TotalMilliseconds;
        if (reply.IsFault)
        {
            LogFault(logger, context.Number, context.Total, step.Function, context.Declaration, step.Scenario, reply.FaultDetailCode ?? reply.FaultCode!, sent.Status, elapsed);
            return false;
        }

        if (reply.Lane is { } lane)
        {
            var (green, yellow, red, pending) = (Count(reply, "GREEN"), Count(reply, "YELLOW"), Count(reply, "RED"), Count(reply, "PENDING"));
            LogResult(logger, context.Number, context.Total, step.Function, context.Declaration, step.Scenario, lane, green, yellow, red, pending, elapsed);
            return true;
        }

        if (reply.Status is { } status)
        {
            LogReceipt(logger, context.Number, context.Total, step.Function, context.Declaration, status, elapsed);
            return true;
        }

        LogUnreadable(logger, context.Number, context.Total, step.Function, context.Declaration, sent.Status);
        return false;
    }

    /// <summary>A message of the run: its place, its step, and its declaration number without the amendment digit.</summary>
    /// <remarks>The 11-digit base number is logged: a 9-digit sequence or the 12-digit ICN is shaped like a personal ID and the log redactor would hide it.</remarks>
    private sealed record Sent(int Number, int Total, CustomsSimulationStep Step)
    {
        public string Declaration { get; } = CustomsDeclarationGenerator.Number(Step.Sequence)[..CustomsDeclaration.BaseNumberLength];
    }

    private static int Count(CustomsReply reply, string verdict) =>
        reply.Lines.Count(l => string.Equals(l.Verdict, verdict, StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorSeeded, Level = LogLevel.Information,
        Message = "Customs simulator: registry seeded with {Entries} sandbox devices ({Devices} new devices, {Prices} new reference prices, {Recalls} new recalls)")]
    private static partial void LogSeeded(ILogger logger, int entries, int devices, int prices, int recalls);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorStarting, Level = LogLevel.Information, Message = "Customs simulator: sending {Declarations} declarations to {Endpoint}, one every {Interval}")]
    private static partial void LogStarting(ILogger logger, int declarations, Uri endpoint, TimeSpan interval);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorResult, Level = LogLevel.Information,
        Message = "Customs simulator {Step}/{Total}: {Function} {Declaration} ({Scenario}) → lane {Lane}; lines {Green} green, {Yellow} yellow, {Red} red, {Pending} pending ({ElapsedMs} ms)")]
    private static partial void LogResult(ILogger logger, int step, int total, CustomsFunction function, string declaration, CustomsScenario scenario, string lane,
        int green, int yellow, int red, int pending, long elapsedMs);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorReceipt, Level = LogLevel.Information, Message = "Customs simulator {Step}/{Total}: {Function} {Declaration} → receipt {Status} ({ElapsedMs} ms)")]
    private static partial void LogReceipt(ILogger logger, int step, int total, CustomsFunction function, string declaration, string status, long elapsedMs);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorFault, Level = LogLevel.Information,
        Message = "Customs simulator {Step}/{Total}: {Function} {Declaration} ({Scenario}) → fault {FaultCode}, HTTP {HttpStatus} ({ElapsedMs} ms)")]
    private static partial void LogFault(ILogger logger, int step, int total, CustomsFunction function, string declaration, CustomsScenario scenario,
        string faultCode, int httpStatus,
        long elapsedMs);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorUnreadableReply, Level = LogLevel.Warning, Message = "Customs simulator {Step}/{Total}: {Function} {Declaration} → unreadable reply, HTTP {HttpStatus}")]
    private static partial void LogUnreadable(ILogger logger, int step, int total, CustomsFunction function, string declaration, int httpStatus);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorNotSent, Level = LogLevel.Warning, Message = "Customs simulator {Step}/{Total}: {Function} {Declaration} not sent ({Error})")]
    private static partial void LogNotSent(ILogger logger, int step, int total, CustomsFunction function, string declaration, string error);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorFinished, Level = LogLevel.Information, Message = "Customs simulator: done, {Declarations} messages sent, {Faults} faulted or unanswered")]
    private static partial void LogFinished(ILogger logger, int declarations, int faults);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorNoAddress, Level = LogLevel.Warning, Message = "Customs simulator: the hub has no plain HTTP address to send to; no declarations sent")]
    private static partial void LogNoAddress(ILogger logger);

    [LoggerMessage(EventId = LogEvents.CustomsSimulatorFailed, Level = LogLevel.Error, Message = "Customs simulator stopped")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
