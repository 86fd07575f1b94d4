using MedDevice.Hub.Composition;
using MedDevice.Hub.Storage.Partners;

namespace MedDevice.Hub.Partners;

/// <summary>Loads stored partners at start and whenever the table changes (edits by hubctl or another hub process).</summary>
internal sealed partial class PartnerRegistryRefresher(
    PartnerStore store,
    PartnerDirectoryProvider provider,
    StorageReadiness readiness,
    TimeProvider time,
    ILogger<PartnerRegistryRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.Migrated.WaitAsync(stoppingToken);
        long? seen = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var version = await store.VersionAsync(stoppingToken);
                if (version != seen)
                {
                    provider.Apply(await store.ListAsync(stoppingToken));
                    seen = version;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefreshFailed(logger, ex);
            }

            await Task.Delay(Interval, time, stoppingToken);
        }
    }

    [LoggerMessage(EventId = LogEvents.PartnerRegistryRefreshFailed, Level = LogLevel.Warning, Message = "Partner registry refresh failed; keeping the last directory")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
