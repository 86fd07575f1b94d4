namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>A batch of parsed rows and where the file stands after its last row.</summary>
/// <param name="Rows">The rows in file order.</param>
/// <param name="LastLine">The last line of the batch.</param>
/// <param name="NextOffset">The byte offset after the batch.</param>
internal sealed record ParsedBatch(ParsedRow[] Rows, long LastLine, long NextOffset);
