using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Reply;

/// <summary>One line of a result: its verdict and the devices it was recorded as.</summary>
public sealed record LineResult(LineVerdict Verdict, IReadOnlyList<DeviceReference> Devices);
