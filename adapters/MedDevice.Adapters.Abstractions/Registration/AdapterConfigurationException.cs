using MedDevice.Adapters.Description;

namespace MedDevice.Adapters.Registration;

/// <summary>An adapter's configuration section is unusable: the hub refuses to start and says which settings are wrong.</summary>
public sealed class AdapterConfigurationException : Exception
{
    /// <summary>Stable code of the start-up refusal.</summary>
    public const string Code = "ADP-CFG-001";

    /// <summary>Creates the exception for one adapter's problems.</summary>
    public AdapterConfigurationException(AdapterDescriptor descriptor, IReadOnlyList<string> problems)
        : base($"{Code}: {descriptor?.SectionName} is invalid: {string.Join(" ", problems ?? [])}")
    {
        Problems = problems ?? [];
    }

    /// <summary>Creates the exception.</summary>
    public AdapterConfigurationException()
        : this("Adapter configuration is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AdapterConfigurationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public AdapterConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>The individual problems.</summary>
    public IReadOnlyList<string> Problems { get; }
}
