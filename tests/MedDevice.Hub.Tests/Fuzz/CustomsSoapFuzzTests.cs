using System.Collections.Concurrent;
using System.Net;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Tests.Customs;
using MedDevice.Sandbox.Data.Customs;
using Xunit.Abstractions;

namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of <c>/soap/customs</c> through the real Kestrel pipeline: mutated signed messages, bombs and random XML are
/// all answered with a signed reply or a SOAP Fault of the contract (a 500 only as a <c>soap:Client</c> fault — never a
/// server error), and the host stays alive.
/// </summary>
public sealed class CustomsSoapFuzzTests(CustomsHub hub, ITestOutputHelper output) : IClassFixture<CustomsHub>
{
    private const int Seed = 20260302;
    private const int Cases = 3_000;
    private const int BaseMessages = 24;

    [Fact]
    public async Task Submit_MutatedMessages_AnswersOnlyRepliesOrClientFaultsAndStaysHealthy()
    {
        var bases = Enumerable.Range(0, BaseMessages).Select(i => hub.Sender.Build(
            hub.Generator.Create(hub.NextSequence(), (CustomsScenario)(i % 4), lines: 1 + (i % 5)), CustomsFunction.Declare, $"fuzz-{i}", DateTimeOffset.UtcNow)).ToList();
        var kinds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Cases), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, token) =>
        {
            var random = new Random(unchecked((Seed * 1_000_003) + index));
            var (kind, body) = SoapMutations.Mutate(random, bases[random.Next(bases.Count)]);
            kinds.AddOrUpdate(kind, 1, (_, n) => n + 1);
            try
            {
                var sent = await hub.Sender.SendAsync(body, token);
                if (Problem(sent) is { } problem)
                {
                    failures.Enqueue($"case {index} ({kind}): {problem}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Xml.XmlException or Core.Xml.SafeXmlException or InvalidOperationException)
            {
                failures.Enqueue($"case {index} ({kind}): {ex.GetType().Name} {ex.Message}");
            }
        });

        output.WriteLine(string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}×{k.Value}")));
        failures.Take(20).ToList().ShouldBeEmpty();
        kinds.Keys.ShouldContain("unchanged");
        (await hub.Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string? Problem(CustomsSendResult sent) => sent.Status switch
    {
        200 when !sent.Reply.IsFault && sent.Reply.SchemaErrors.Count == 0 && sent.Reply.Lines.Count > 0 => null,
        413 or 429 when sent.Reply.IsFault => null,
        500 when sent.Reply is { FaultCode: "soap:Client" or "soap:VersionMismatch", FaultDetailCode: not null } && sent.Reply.SchemaErrors.Count == 0 => null,
        _ => $"{sent.Status} {sent.Reply.FaultCode} {sent.Reply.FaultDetailCode} {sent.Reply.FaultReason} {string.Join(' ', sent.Reply.SchemaErrors)} "
            + System.Text.Encoding.UTF8.GetString(sent.Body[..Math.Min(200, sent.Body.Length)]),
    };
}
