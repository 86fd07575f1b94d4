namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>An import cannot go on (unreadable file, bad CSV header): reported with its code, exit code 3.</summary>
internal sealed class ImportFatalException : Exception
{
    public ImportFatalException()
    {
        Code = "IMP-000";
    }

    public ImportFatalException(string message)
        : base(message)
    {
        Code = "IMP-000";
    }

    public ImportFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "IMP-000";
    }

    public ImportFatalException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The error code.</summary>
    public string Code { get; }
}
