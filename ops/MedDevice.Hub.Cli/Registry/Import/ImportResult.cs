namespace MedDevice.Hub.Cli.Registry.Import;

/// <summary>How an import run ended.</summary>
/// <param name="Progress">The last committed state.</param>
/// <param name="ResumedAtLine">The first line this run read when it resumed from a checkpoint; null for a fresh run.</param>
/// <param name="Completed">True when the whole file was imported (the checkpoint is gone); false when interrupted.</param>
internal sealed record ImportResult(ImportProgress Progress, long? ResumedAtLine, bool Completed);
