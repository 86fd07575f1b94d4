namespace MedDevice.Hub.EndToEnd;

/// <summary>The process-level tests run one at a time: each loads the machine's cores on its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialHubProcesses
{
    /// <summary>The collection name.</summary>
    public const string Name = "hub processes";
}
