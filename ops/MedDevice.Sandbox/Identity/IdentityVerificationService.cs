using Grpc.Core;
using MedDevice.Identity.V1;
using MedDevice.Sandbox.Chaos;

namespace MedDevice.Sandbox.Identity;

/// <summary>
/// The sandbox's <c>meddevice.identity.v1.IdentityVerification</c>: the synthetic registers behind the configured
/// chaos. Batch items are answered concurrently (at most 32 at a time per stream), each with its own chaos draw;
/// a failed item is answered with an item error and the stream goes on.
/// </summary>
public sealed class IdentityVerificationService(IdentityAnswers answers, SandboxChaos chaos) : IdentityVerification.IdentityVerificationBase
{
    private const int ItemsInFlight = 32;

    /// <inheritdoc />
    public override async Task<VerifyCitizenResponse> VerifyCitizen(VerifyCitizenRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await chaos.BeforeAnswerAsync(context.CancellationToken);
        return answers.Citizen(request);
    }

    /// <inheritdoc />
    public override async Task<VerifyOrganizationResponse> VerifyOrganization(VerifyOrganizationRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await chaos.BeforeAnswerAsync(context.CancellationToken);
        return answers.Organization(request);
    }

    /// <inheritdoc />
    public override async Task VerifyBatch(IAsyncStreamReader<VerifyBatchRequest> requestStream, IServerStreamWriter<VerifyBatchResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var token = context.CancellationToken;
        using var slots = new SemaphoreSlim(ItemsInFlight);
        using var writing = new SemaphoreSlim(1);
        var inFlight = new List<Task>();
        while (await requestStream.MoveNext(token))
        {
            var item = requestStream.Current;
            await slots.WaitAsync(token);
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    var response = await AnswerAsync(item, token);
                    await writing.WaitAsync(token);
                    try
                    {
                        await responseStream.WriteAsync(response, token);
                    }
                    finally
                    {
                        writing.Release();
                    }
                }
                finally
                {
                    slots.Release();
                }
            }, token));
        }

        await Task.WhenAll(inFlight);
    }

    private async Task<VerifyBatchResponse> AnswerAsync(VerifyBatchRequest item, CancellationToken token)
    {
        var response = new VerifyBatchResponse { CorrelationId = item.CorrelationId };
        try
        {
            await chaos.BeforeAnswerAsync(token);
            switch (item.ItemCase)
            {
                case VerifyBatchRequest.ItemOneofCase.Citizen:
                    response.Citizen = answers.Citizen(item.Citizen);
                    break;
                case VerifyBatchRequest.ItemOneofCase.Organization:
                    response.Organization = answers.Organization(item.Organization);
                    break;
                default:
                    response.Error = new ItemError { Code = (int)StatusCode.InvalidArgument, Message = "The item has neither citizen nor organization." };
                    break;
            }
        }
        catch (RpcException ex)
        {
            response.Error = new ItemError { Code = (int)ex.StatusCode, Message = ex.Status.Detail };
        }

        return response;
    }
}
