using System.Text.Json.Nodes;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Xunit.Abstractions;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// The R4 TestScript examples, retargeted from Patient to Device, run by <see cref="ScriptRunner"/> against the host
/// (both destinations of the multisystem example are this host). Every operation and assert of each script runs and
/// holds (warning-only asserts may warn); the report of each run is written to the test output.
/// </summary>
public sealed class TestScriptExampleTests(SqliteFhirHost host, ITestOutputHelper output) : IClassFixture<SqliteFhirHost>
{
    public static TheoryData<string> Scripts() => new(TestScriptFiles.Names());

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Run_RetargetedExample_EveryOperationAndAssertRunsAndHolds(string file)
    {
        await KnownDeviceAsync();
        var script = TestScriptFiles.Load(file);

        var report = await Runner().RunAsync(script);

        output.WriteLine(report.ToString());
        report.Failures.ShouldBeEmpty(report.ToString());
        report.Operations.ShouldBe(Count(script, "operation"), "every operation ran");
        report.Asserts.ShouldBe(Count(script, "assert"), "every assert ran");
        report.Asserts.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Files_TheExamples_AreAllFound()
    {
        TestScriptFiles.Names().ShouldBe(
        [
            "TestScript-testscript-example-history.json", "TestScript-testscript-example-multisystem.json", "TestScript-testscript-example-readtest.json",
            "TestScript-testscript-example-search.json", "TestScript-testscript-example-update.json", "TestScript-testscript-example.json",
        ]);
    }

    private ScriptRunner Runner() => new(host.Http(), new Dictionary<int, Uri> { [1] = host.FhirBase, [2] = host.FhirBase });

    /// <summary>The device the read examples expect on the server (Patient/example in the originals).</summary>
    private Task<string> KnownDeviceAsync() => host.OnceAsync("testscript-known-device", async h =>
        (await h.Client().UpdateAsync(ScriptFixtures.Entry(ScriptFixtures.KnownId)))!.Id!);

    private static int Count(JsonObject script, string kind) =>
        new[] { script["setup"]?["action"]?.AsArray(), script["teardown"]?["action"]?.AsArray() }
            .Concat((script["test"]?.AsArray() ?? []).Select(t => t!["action"]?.AsArray()))
            .SelectMany(a => a ?? []).Count(a => a![kind] is not null);
}
