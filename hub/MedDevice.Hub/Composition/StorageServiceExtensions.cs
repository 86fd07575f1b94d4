using MedDevice.Hub.Storage;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Composition;

/// <summary>Registers the configured database dialect and applies migrations at start.</summary>
public static class StorageServiceExtensions
{
    /// <summary>Binds <c>Hub:Storage</c>, creates the dialect and the migration hosted service.</summary>
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(options);
        _ = options.EffectiveConnectionString; // validates at start-up: fail fast on a missing connection string
        services.AddSingleton(options);
        services.AddSingleton(SqlDialect.Create(options));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<StorageReadiness>();
        services.AddHostedService<MigrationHostedService>();
        return services;
    }
}
