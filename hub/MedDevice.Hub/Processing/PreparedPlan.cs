using MedDevice.Adapters.Inbound;
using MedDevice.Hub.Registry;
using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Processing;

/// <summary>A message's plan with the work that needs no database already done (device indexes, stored JSON).</summary>
internal sealed record PreparedPlan(PendingMessage Message, MessagePlan Plan, IReadOnlyList<(PlannedDeviceWrite Planned, PreparedRegistryWrite Write)> Writes);
