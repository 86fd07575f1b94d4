using MedDevice.Hub.Composition;
using MedDevice.Hub.Customs;
using MedDevice.Hub.Feeds;
using MedDevice.Hub.Prices;
using MedDevice.Hub.Recalls;
using MedDevice.Hub.Admin;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Hardening;
using MedDevice.Hub.Fhir;
using MedDevice.Hub.Health;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Messages;
using MedDevice.Hub.Privacy;
using MedDevice.Hub.Sandbox;
using MedDevice.Hub.Verification;

var builder = HostingExtensions.CreateHubBuilder(args);
builder.AddHubLogging();
builder.AddHubDefaults();
builder.AddHubHardening();
builder.Services.AddHubStorage(builder.Configuration);
builder.Services.AddHubHealthChecks();
builder.Services.AddHubBackbone(builder.Configuration);
// Registers the simulated customs partner (development sandbox), so it must precede the partner directory.
builder.AddCustomsSimulator();
builder.AddHubSecurity();
builder.Services.AddHubAudit(builder.Configuration);
builder.Services.AddHubPrivacy();
builder.AddPartner<RegistryFeedModule>();
builder.AddPartner<CustomsModule>();
builder.AddHubVerification();

var app = builder.Build();
app.UseHubHardening();
app.UseHubSecurity();
app.MapHubHealthChecks();
app.MapInbound();
app.MapMessages();
app.MapAdmin();
app.MapPartnerAdmin();
app.MapFhir();
app.MapPartners();
app.MapRecallAdmin();
app.MapReferencePriceAdmin();
app.MapVerification();
app.MapAdapterHealth();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
