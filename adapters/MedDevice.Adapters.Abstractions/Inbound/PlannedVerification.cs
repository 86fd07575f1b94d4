namespace MedDevice.Adapters.Inbound;

/// <summary>
/// An organisation the message names, to be checked against the enterprise register in the background; queued in the
/// message's transaction, once per message, with the device it was named by (the plan's first device write) as subject.
/// </summary>
/// <param name="TaxCode">The organisation's tax code (10 digits or a branch; personal 12-digit codes are never queued).</param>
public sealed record PlannedVerification(string TaxCode);
