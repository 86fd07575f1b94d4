namespace MedDevice.Hub.Storage.Recalls;

/// <summary>A recall or unsafe-lot record: a device (UDI-DI key) or one of its lots must not be imported or used.</summary>
/// <param name="Id">Store-assigned id.</param>
/// <param name="UdiDiKey">The UDI-DI key <c>issuer|di</c> (issuer = the HL7 NamingSystem of the agency).</param>
/// <param name="Lot">The lot; null = every lot.</param>
/// <param name="Reason">Why.</param>
/// <param name="Since">When the recall took effect (Unix ms).</param>
/// <param name="RecordedBy">Who recorded it (partner or operator).</param>
/// <param name="RecordedAt">When it was recorded (Unix ms).</param>
public sealed record RecallRecord(long Id, string UdiDiKey, string? Lot, string Reason, long Since, string RecordedBy, long RecordedAt);
