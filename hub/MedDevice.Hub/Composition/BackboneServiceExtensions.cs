using MedDevice.Hub.Core.Messaging;
using MedDevice.Hub.Core.Recoverability;
using MedDevice.Hub.Delivery;
using MedDevice.Hub.Feeds;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Processing;
using MedDevice.Hub.Storage;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Writing;
using MedDevice.Hub.Subscribers;

namespace MedDevice.Hub.Composition;

/// <summary>Wires the accept → process → deliver backbone: feeds, partners, subscribers, stores and workers.</summary>
public static class BackboneServiceExtensions
{
    /// <summary>Registers everything the backbone needs.</summary>
    public static IServiceCollection AddHubBackbone(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Bind<InboundOptions>(configuration, InboundOptions.SectionName));
        services.AddSingleton(Bind<ProcessingOptions>(configuration, ProcessingOptions.SectionName));
        var delivery = Bind<DeliveryOptions>(configuration, DeliveryOptions.SectionName);
        services.AddSingleton(delivery);
        services.AddSingleton(delivery.Retry);
        services.AddSingleton(new JitterSource(delivery.JitterSeed));
        services.AddSingleton(new NodeIdentity(configuration["Hub:NodeId"] is { Length: > 0 } id ? id : $"{Environment.MachineName}-{Environment.ProcessId}"));

        services.AddSingleton(new SubscriberRegistry(configuration.GetSection(SubscriberOptions.SectionName).Get<List<SubscriberOptions>>() ?? []));
        services.AddSingleton<FeedRegistry>();
        services.AddSingleton<PlanApplier>();

        services.AddSingleton(sp =>
        {
            var dialect = sp.GetRequiredService<SqlDialect>();
            // SQLite has one writer by design; PostgreSQL takes several concurrent group commits.
            var writers = dialect.Provider == StorageProvider.Sqlite ? 1 : Math.Max(1, configuration.GetValue("Hub:Storage:Writers", 4));
            return new GroupCommitWriter(dialect, writers);
        });
        services.AddSingleton<MessageStore>();
        services.AddSingleton<Storage.Registry.RegistryStore>();
        services.AddSingleton<Storage.Registry.ProvenanceStore>();
        services.AddSingleton<Storage.Registry.Search.DeviceSearch>();
        services.AddSingleton<Registry.RegistryWriter>();
        services.AddSingleton<Verification.IActorVerificationListener, Registry.HolderVerificationProvenance>();
        services.AddOptions<Fhir.FhirOptions>().Bind(configuration.GetSection(Fhir.FhirOptions.Section));
        services.AddSingleton<Fhir.FhirRequestContext>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<ProcessingDeadLetterStore>();
        services.AddSingleton<DeadLetterReplayer>();
        services.AddSingleton<HubMessageIdGenerator>();
        services.AddSingleton<WorkSignals>();
        services.AddSingleton<RecoverabilityPolicy>();
        services.AddSingleton<SubscriberCircuits>();
        services.AddHttpClient<SubscriberSender>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                MaxConnectionsPerServer = 256,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(5),
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        services.AddHostedService<ProcessingWorker>();
        services.AddHostedService<DeliveryWorker>();
        services.AddHostedService<PostgreSqlWakeUpService>();
        return services;
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var value = new T();
        configuration.GetSection(section).Bind(value);
        return value;
    }
}
