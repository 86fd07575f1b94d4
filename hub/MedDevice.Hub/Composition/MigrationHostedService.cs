using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Composition;

/// <summary>Applies pending migrations in the background at start, retrying while the database is unreachable.</summary>
internal sealed partial class MigrationHostedService(
    MigrationRunner runner,
    SqlDialect dialect,
    StorageReadiness readiness,
    TimeProvider time,
    ILogger<MigrationHostedService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var applied = await runner.ApplyAsync(stoppingToken);
                LogMigrated(logger, dialect.Provider, applied.Count);
                readiness.MarkMigrated();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogMigrationFailed(logger, ex);
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = LogEvents.StorageMigrated, Level = LogLevel.Information, Message = "Storage {Provider} migrated ({Applied} migrations applied now)")]
    private static partial void LogMigrated(ILogger logger, Storage.StorageProvider provider, int applied);

    [LoggerMessage(EventId = LogEvents.StorageMigrationFailed, Level = LogLevel.Warning, Message = "Storage migration failed; retrying")]
    private static partial void LogMigrationFailed(ILogger logger, Exception exception);
}
