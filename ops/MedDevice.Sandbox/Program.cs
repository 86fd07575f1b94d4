using MedDevice.Sandbox.Hosting;

// Standalone: `dotnet run --project ops/MedDevice.Sandbox [-- --Sandbox:Url=http://127.0.0.1:5090 --Sandbox:Identity:FailureRate=0.3]`.
await using var app = SandboxHost.Build(args);
await app.RunAsync();
