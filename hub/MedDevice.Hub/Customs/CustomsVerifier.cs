using System.Data.Common;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Storage.Prices;
using MedDevice.Hub.Storage.Recalls;
using MedDevice.Hub.Storage.Registry;

namespace MedDevice.Hub.Customs;

/// <summary>
/// Reaches the per-line verdicts of a declaration: parses every identifier once, reads the registry entries, recalls and
/// reference prices of the declaration's keys (a few queries on one connection each), asks the importer verifier (bounded
/// by <see cref="CustomsOptions.ImporterTimeout"/>; pending when it cannot answer), then applies the pure rules.
/// </summary>
public sealed partial class CustomsVerifier(
    RegistryStore registry,
    RecallStore recalls,
    ReferencePriceStore prices,
    IImporterVerifier importers,
    CustomsOptions options,
    TimeProvider time,
    ILogger<CustomsVerifier> logger)
{
    private readonly UdiParser _parser = new(time: time);
    private readonly PriceBandSettings _prices = options.PriceSettings();

    /// <summary>Verifies the declaration, reading on the caller's open connection (one connection for all of a message's reads).</summary>
    public async Task<CustomsVerification> VerifyAsync(DbConnection connection, CustomsDeclaration declaration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(declaration);
        var parsed = ParsedDeclaration.Parse(declaration, _parser);
        var udiKeys = parsed.UdiDiKeys();
        var numbers = parsed.RegistrationNumbers();
        var taxCode = TaxCodeParser.Parse(declaration.ImporterTaxCode, time.GetUtcNow().Year);

        // The register is asked while the database is read; the reads share one connection, one after the other.
        var importerTask = ImporterStatusAsync(taxCode.Ok ? taxCode.Value : null, cancellationToken);
        var entries = (await registry.FindByBusinessKeysAsync(connection, udiKeys, numbers, cancellationToken))
            .ToDictionary(e => e.Key, e => Fact(e.Value), StringComparer.Ordinal);
        var recalled = await recalls.FindAsync(connection, udiKeys, cancellationToken);

        // Prices are looked up by every key the line's device is known by, the registry entries' own keys included.
        var priceKeys = udiKeys.Concat(numbers)
            .Concat(entries.Values.Select(e => e.UdiDiKey).OfType<string>())
            .Concat(entries.Values.Select(e => e.RegistrationNumber).OfType<string>())
            .Distinct(StringComparer.Ordinal).ToList();
        var found = await prices.FindAsync(connection, priceKeys, cancellationToken);
        var lookups = new CustomsLookups(
            entries,
            recalled.Select(r => new RecallFact(r.UdiDiKey, r.Lot, r.Reason, r.Since)).ToList(),
            found.ToDictionary(p => p.Key, p => new ReferencePriceFact(p.Value.UnitPriceVnd, p.Value.Source), StringComparer.Ordinal));

        var facts = CustomsFactsBuilder.Build(parsed, lookups);
        var importer = new ImporterFacts(taxCode, await importerTask);
        var verdicts = facts.Select(f => CustomsVerdictRules.Evaluate(f, importer, _prices)).ToList();
        return new CustomsVerification(parsed, facts, verdicts, importer, CustomsVerdictRules.Lane(verdicts), time.GetUtcNow());
    }

    private static RegistryEntryFact Fact(StoredDevice device) =>
        new(device.Id, device.Status, device.Deleted, device.UdiDiKey, device.RegistrationNumber);

    private async Task<ImporterStatus> ImporterStatusAsync(TaxCodeNumber? taxCode, CancellationToken cancellationToken)
    {
        if (taxCode is null)
        {
            return ImporterStatus.Pending;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ImporterTimeout);
        try
        {
            return await importers.VerifyAsync(taxCode, timeout.Token).WaitAsync(options.ImporterTimeout, time, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Never a guess: a register that fails or is slow leaves the line pending.
            LogImporterUnavailable(logger, ex.GetType().Name);
            return ImporterStatus.Pending;
        }
    }

    [LoggerMessage(EventId = LogEvents.CustomsImporterUnavailable, Level = LogLevel.Warning, Message = "Importer verification unavailable ({Error}); customs lines are pending")]
    private static partial void LogImporterUnavailable(ILogger logger, string error);
}
