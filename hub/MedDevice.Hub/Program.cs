using MedDevice.Hub.Composition;
using MedDevice.Hub.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubLogging();
builder.AddHubDefaults();
builder.Services.AddHubStorage(builder.Configuration);
builder.Services.AddHubHealthChecks();

var app = builder.Build();
app.MapHubHealthChecks();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
