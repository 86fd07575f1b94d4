using MedDevice.Hub.Composition;
using MedDevice.Hub.Storage.Dialects;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedDevice.Hub.Health;

/// <summary>Ready = the database answers and the schema is migrated.</summary>
internal sealed class StorageReadyHealthCheck(SqlDialect dialect, StorageReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsMigrated)
        {
            return HealthCheckResult.Unhealthy("storage not migrated yet");
        }

        try
        {
            await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = dialect.Connection.ProbeSql;
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{dialect.Provider} reachable and migrated");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("storage unreachable", ex);
        }
    }
}
