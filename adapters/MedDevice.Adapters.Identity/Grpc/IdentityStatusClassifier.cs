using Grpc.Core;
using MedDevice.Adapters.Resilience;

namespace MedDevice.Adapters.Identity.Grpc;

/// <summary>
/// The identity service's failures as data: UNAVAILABLE, DEADLINE_EXCEEDED and RESOURCE_EXHAUSTED are transient
/// (retried with backoff); INVALID_ARGUMENT, OUT_OF_RANGE and FAILED_PRECONDITION reject the request; every other
/// status is a partner fault (not retried within the call, never a verdict, asked again later).
/// </summary>
internal static class IdentityStatusClassifier
{
    public static AttemptFailure? Classify(Exception exception) => exception switch
    {
        RpcException rpc => Classify(rpc.StatusCode),
        HttpRequestException or IOException => AttemptFailure.Transient("The connection to the identity service failed."),
        _ => null,
    };

    public static AttemptFailure Classify(StatusCode code) => code switch
    {
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted =>
            AttemptFailure.Transient($"The identity service answered {code}."),
        StatusCode.InvalidArgument or StatusCode.OutOfRange or StatusCode.FailedPrecondition =>
            AttemptFailure.Rejected($"The identity service refused the request ({code})."),
        _ => AttemptFailure.Fault($"The identity service failed ({code})."),
    };
}
