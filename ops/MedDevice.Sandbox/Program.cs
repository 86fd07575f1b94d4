using MedDevice.Sandbox.Hosting;

namespace MedDevice.Sandbox;

/// <summary>
/// Standalone entry point: <c>dotnet run --project ops/MedDevice.Sandbox [-- --Sandbox:Url=http://127.0.0.1:5090
/// --Sandbox:Identity:FailureRate=0.3]</c>. Not top-level statements: those generate a public <c>Program</c> that
/// would clash with the hub's in assemblies referencing both.
/// </summary>
internal static class SandboxProgram
{
    private static async Task Main(string[] args)
    {
        await using var app = SandboxHost.Build(args);
        await app.RunAsync();
    }
}
