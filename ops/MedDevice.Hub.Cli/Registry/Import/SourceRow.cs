namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>One row of an import file as read: its bytes (without the line break) and where it sits in the file.</summary>
/// <param name="Line">The 1-based line number where the row starts.</param>
/// <param name="LastLine">The line where it ends (a quoted CSV field may span lines).</param>
/// <param name="NextOffset">The byte offset just after the row's line break: where reading resumes.</param>
/// <param name="Bytes">The row's UTF-8 bytes.</param>
internal sealed record SourceRow(long Line, long LastLine, long NextOffset, byte[] Bytes);
