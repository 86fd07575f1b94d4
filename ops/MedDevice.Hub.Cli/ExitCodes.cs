namespace MedDevice.Hub.Cli;

/// <summary>Process exit codes of hubctl.</summary>
internal static class ExitCodes
{
    /// <summary>Everything parsed and is valid.</summary>
    public const int Ok = 0;

    /// <summary>The input was read but is not valid (a UDI or identifier with errors).</summary>
    public const int Invalid = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A command could not go on (unreadable file, unreachable database).</summary>
    public const int Fatal = 3;

    /// <summary>A resumable command stopped before the end (interrupted); running it again resumes.</summary>
    public const int Interrupted = 4;
}
