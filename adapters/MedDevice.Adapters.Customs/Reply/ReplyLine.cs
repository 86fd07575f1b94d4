namespace MedDevice.Adapters.Customs.Reply;

/// <summary>One line of a result reply as a client reads it.</summary>
/// <param name="Number">The line's STT.</param>
/// <param name="Verdict">GREEN, YELLOW, RED or PENDING.</param>
/// <param name="ReasonCodes">The reasons' codes in order.</param>
/// <param name="PriceDeviation">The price deviation, when prices were compared.</param>
/// <param name="Devices">The Device references (id, instance or entry).</param>
public sealed record ReplyLine(int Number, string Verdict, IReadOnlyList<string> ReasonCodes, decimal? PriceDeviation, IReadOnlyList<DeviceReference> Devices);
