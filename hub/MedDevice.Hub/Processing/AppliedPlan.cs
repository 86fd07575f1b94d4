using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Processing;

/// <summary>What applying a plan committed: the message's result, and whether it queued a new verification.</summary>
internal sealed record AppliedPlan(ProcessingResult Result, bool QueuedVerification);
