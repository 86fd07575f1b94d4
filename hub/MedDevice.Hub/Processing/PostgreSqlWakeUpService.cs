using MedDevice.Hub.Composition;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Messaging.Sql;
using Npgsql;

namespace MedDevice.Hub.Processing;

/// <summary>
/// On PostgreSQL, hub processes wake each other with LISTEN/NOTIFY: local work signals are forwarded as a
/// NOTIFY (coalesced), and notifications from other processes wake the local workers. Polling remains the
/// safety net, so a lost notification only costs latency.
/// </summary>
internal sealed partial class PostgreSqlWakeUpService(
    SqlDialect dialect,
    WorkSignals signals,
    StorageReadiness readiness,
    TimeProvider time,
    ILogger<PostgreSqlWakeUpService> logger) : BackgroundService
{
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(20);
    private int _pending;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (dialect is not PostgreSqlDialect postgres)
        {
            return;
        }

        await readiness.Migrated.WaitAsync(stoppingToken);
        signals.Inbox.Notified += MarkPending;
        signals.Deliveries.Notified += MarkPending;
        await Task.WhenAll(ListenAsync(postgres, stoppingToken), NotifyAsync(postgres, stoppingToken));
    }

    private void MarkPending() => Interlocked.Exchange(ref _pending, 1);

    private async Task NotifyAsync(PostgreSqlDialect postgres, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Coalesce, time, stoppingToken);
            if (Interlocked.Exchange(ref _pending, 0) == 0)
            {
                continue;
            }

            try
            {
                await using var command = postgres.DataSource.CreateCommand(PostgreSqlMessagingSql.NotifyWorkSql);
                await command.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (NpgsqlException ex)
            {
                LogNotifyFailed(logger, ex);
            }
        }
    }

    private async Task ListenAsync(PostgreSqlDialect postgres, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await postgres.DataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) =>
                {
                    signals.Inbox.NotifyLocal();
                    signals.Deliveries.NotifyLocal();
                };
                await using (var listen = new NpgsqlCommand(PostgreSqlMessagingSql.ListenWorkSql, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (NpgsqlException ex)
            {
                LogListenFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = LogEvents.WakeUpNotifyFailed, Level = LogLevel.Warning, Message = "NOTIFY failed; other processes will poll")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEvents.WakeUpListenLost, Level = LogLevel.Warning, Message = "LISTEN connection lost; reconnecting")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
