namespace MedDevice.Hub.Cli;

/// <summary>Error codes raised by hubctl itself rather than by a parser.</summary>
internal static class CliErrorCodes
{
    /// <summary>A <c>--jsonl</c> input line is not a single JSON string.</summary>
    public const string NotAJsonString = "CLI-001";

    /// <summary><c>id check</c> could not tell which kind of identifier the value is.</summary>
    public const string UnknownIdentifierKind = "CLI-002";
}
