using MedDevice.Hub.Storage;
using MedDevice.Hub.Storage.Deliveries;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Writing;
using Microsoft.Extensions.Configuration;

namespace MedDevice.Hub.Cli.Queues;

/// <summary>
/// Opens the hub's database the way the host does: <c>hub/MedDevice.Hub/appsettings.json</c> (or <c>--config</c>),
/// then <c>Hub__…</c> environment variables, so hubctl works against whichever database the host uses.
/// </summary>
internal sealed class HubConnection : IAsyncDisposable
{
    private const string DefaultConfigPath = "hub/MedDevice.Hub/appsettings.json";

    private readonly IConfiguration _configuration;

    private HubConnection(IConfiguration configuration, SqlDialect dialect, GroupCommitWriter writer)
    {
        _configuration = configuration;
        Dialect = dialect;
        Writer = writer;
        Deliveries = new DeliveryStore(dialect, writer);
        ProcessingDeadLetters = new ProcessingDeadLetterStore(dialect, writer);
    }

    public SqlDialect Dialect { get; }

    public GroupCommitWriter Writer { get; }

    public DeliveryStore Deliveries { get; }

    /// <summary>Messages parked after their processing attempt budget.</summary>
    public ProcessingDeadLetterStore ProcessingDeadLetters { get; }

    public static HubConnection Open(string? configPath)
    {
        var builder = new ConfigurationBuilder();
        var path = configPath ?? DefaultConfigPath;
        if (File.Exists(path))
        {
            builder.AddJsonFile(Path.GetFullPath(path), optional: false);
        }
        else if (configPath is not null)
        {
            throw new FileNotFoundException($"Configuration file '{configPath}' not found.");
        }

        var configuration = builder.AddEnvironmentVariables().Build();
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(options);
        var dialect = SqlDialect.Create(options);
        return new HubConnection(configuration, dialect, new GroupCommitWriter(dialect));
    }

    /// <summary>The payload protector of this configuration (<see cref="HubPayloadKey"/>); throws when the key is unusable.</summary>
    public AesGcmPayloadProtector CreatePayloadProtector() => HubPayloadKey.Create(_configuration);

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        (Dialect as IDisposable)?.Dispose();
    }
}
