using System.Text.Json.Nodes;
using MedDevice.Hub.Tests.Fhir.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>The runner itself: asserts that do not hold fail, warning-only ones warn, and whatever it does not implement stops it loudly.</summary>
public sealed class ScriptRunnerTests(SqliteFhirHost host) : IClassFixture<SqliteFhirHost>
{
    [Fact]
    public async Task Run_AssertThatDoesNotHold_IsAFailureAndStopsTheTest()
    {
        var id = await DeviceAsync();

        var report = await RunAsync(Read(id), Assert(new() { ["response"] = "notFound" }), Assert(new() { ["response"] = "okay" }));

        report.Failures.Select(f => f.Action).ShouldBe(["assert response", "stopped"]);
        report.Asserts.ShouldBe(1);
    }

    [Fact]
    public async Task Run_WarningOnlyAssertThatDoesNotHold_IsAWarning()
    {
        var id = await DeviceAsync();

        var report = await RunAsync(Read(id), Assert(new() { ["headerField"] = "X-Not-Sent", ["operator"] = "notEmpty", ["warningOnly"] = true }),
            Assert(new() { ["response"] = "okay" }));

        report.Failures.ShouldBeEmpty();
        report.Entries.Select(e => e.Outcome).ShouldBe([ScriptOutcome.Pass, ScriptOutcome.Warning, ScriptOutcome.Pass]);
    }

    [Fact]
    public async Task Run_PathOnTheWrongValue_Fails()
    {
        var id = await DeviceAsync();

        var report = await RunAsync(Read(id), Assert(new() { ["path"] = "fhir:Device/fhir:modelNumber/@value", ["value"] = "another model" }));

        report.Failures.ShouldHaveSingleItem().Detail.ShouldContain(ScriptRetargeting.ModelNumber);
    }

    [Fact]
    public async Task Run_BundleProfileOnADevice_Fails()
    {
        var id = await DeviceAsync();

        var report = await RunAsync(Read(id), Assert(new() { ["validateProfileId"] = "bundle" }));

        report.Failures.ShouldHaveSingleItem().Detail.ShouldContain("is a Device");
    }

    [Fact]
    public async Task Run_MinimumFixtureNotInTheResponse_Fails()
    {
        var other = RegistryDevices.UniqueEntry("Một thiết bị khác");
        var id = (await host.Client().CreateAsync(other))!.Id!;

        var report = await RunAsync(Read(id), Assert(new() { ["minimumId"] = "fixture-patient-minimum" }));

        report.Failures.ShouldHaveSingleItem().Detail.ShouldContain("deviceName");
    }

    [Theory]
    [InlineData("operation", """{"type":{"system":"http://terminology.hl7.org/CodeSystem/testscript-operation-codes","code":"patch"},"resource":"Device","params":"/x"}""")]
    [InlineData("operation", """{"type":{"system":"http://terminology.hl7.org/CodeSystem/testscript-operation-codes","code":"read"},"resource":"Device","params":"/x","method":"post"}""")]
    [InlineData("operation", """{"type":{"system":"http://terminology.hl7.org/CodeSystem/testscript-operation-codes","code":"read"},"resource":"Device","params":"/x","destination":3}""")]
    [InlineData("assert", """{"headerField":"ETag","operator":"eval","value":"x"}""")]
    [InlineData("assert", """{"response":"teapot"}""")]
    [InlineData("assert", """{"responseCodes":"200"}""")]
    [InlineData("assert", """{"validateProfileId":"vn-profile"}""")]
    [InlineData("assert", """{"path":"fhir:Patient/fhir:birthDate/@value","value":"1974-12-25"}""")]
    [InlineData("assert", """{"description":"checks nothing"}""")]
    public async Task Run_WhatTheRunnerDoesNotImplement_Throws(string kind, string json)
    {
        var id = await DeviceAsync();
        var action = new JsonObject { [kind] = JsonNode.Parse(json) };

        await Should.ThrowAsync<NotSupportedException>(() => RunAsync(Read(id), action));
    }

    [Fact]
    public async Task Run_UnknownTestScriptElementOrAutocreate_Throws()
    {
        var withRule = Script(Read("x"));
        withRule["rule"] = new JsonArray();
        var autocreate = Script(Read("x"));
        autocreate["fixture"] = new JsonArray(new JsonObject { ["id"] = "fixture-patient-create", ["autocreate"] = true, ["autodelete"] = false });

        await Should.ThrowAsync<NotSupportedException>(() => Runner().RunAsync(withRule));
        await Should.ThrowAsync<NotSupportedException>(() => Runner().RunAsync(autocreate));
    }

    [Theory]
    [InlineData(null, "a", "a", true)]
    [InlineData("equals", "a", "b", false)]
    [InlineData("notEquals", "a", "b", true)]
    [InlineData("in", "204", "200,204", true)]
    [InlineData("in", "404", "200,204", false)]
    [InlineData("notIn", "404", "200,204", true)]
    [InlineData("greaterThan", "10", "9", true)]
    [InlineData("lessThan", "10", "9", false)]
    [InlineData("empty", "", null, true)]
    [InlineData("notEmpty", "", null, false)]
    [InlineData("contains", "application/fhir+json", "json", true)]
    [InlineData("notContains", "application/fhir+json", "xml", true)]
    public void Compare_Operator_Decides(string? op, string actual, string? expected, bool holds)
    {
        ScriptAsserts.Compare(op, actual, expected).ShouldBe(holds);
    }

    private ScriptRunner Runner() => new(host.Http(), new Dictionary<int, Uri> { [1] = host.FhirBase });

    private Task<ScriptReport> RunAsync(params JsonObject[] actions) => Runner().RunAsync(Script(actions));

    private Task<string> DeviceAsync() => host.OnceAsync("runner-device", async h =>
        (await h.Client().UpdateAsync(ScriptFixtures.Entry("runner-self-test")))!.Id!);

    private static JsonObject Script(params JsonObject[] actions) => new()
    {
        ["resourceType"] = "TestScript",
        ["id"] = "runner-self-test",
        ["status"] = "draft",
        ["fixture"] = new JsonArray(new JsonObject { ["id"] = "fixture-patient-minimum", ["autocreate"] = false, ["autodelete"] = false }),
        ["profile"] = new JsonArray(
            new JsonObject { ["id"] = "bundle", ["reference"] = "http://hl7.org/fhir/StructureDefinition/Bundle" },
            new JsonObject { ["id"] = "vn-profile", ["reference"] = "https://fhir.meddevice.gov.vn/StructureDefinition/vn-registry-device" }),
        ["test"] = new JsonArray(new JsonObject { ["id"] = "t1", ["action"] = new JsonArray(actions) }),
    };

    private static JsonObject Read(string id) => new()
    {
        ["operation"] = new JsonObject
        {
            ["type"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/testscript-operation-codes", ["code"] = "read" },
            ["resource"] = "Device",
            ["params"] = "/" + id,
        },
    };

    private static JsonObject Assert(JsonObject assert) => new() { ["assert"] = assert };
}
