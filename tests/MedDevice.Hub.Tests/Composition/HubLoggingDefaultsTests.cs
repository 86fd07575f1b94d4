using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedDevice.Hub.Tests.Composition;

/// <summary>
/// Framework categories log from Warning up, the hub's from Information, also when the content root has no
/// appsettings.json (<c>dotnet run --project hub/MedDevice.Hub</c> from the repository root); configuration overrides them.
/// </summary>
public sealed class HubLoggingDefaultsTests : IDisposable
{
    private readonly string _emptyContentRoot = Directory.CreateTempSubdirectory("meddevice-content-root-").FullName;

    public void Dispose() => Directory.Delete(_emptyContentRoot, recursive: true);

    [Theory]
    [InlineData("MedDevice.Hub.Sandbox.CustomsSimulator", true)]
    [InlineData("Microsoft.Hosting.Lifetime", true)]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics", false)]
    [InlineData("Microsoft.AspNetCore.Routing.EndpointMiddleware", false)]
    [InlineData("System.Net.Http.HttpClient.Default.LogicalHandler", false)]
    [InlineData("Grpc.Net.Client.Internal.GrpcCall", false)]
    public async Task Information_ContentRootWithoutAppsettings_OnlyForHubAndLifetimeCategories(string category, bool enabled)
    {
        await using var factory = new HubFactory().With("contentRoot", _emptyContentRoot);

        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        logger.IsEnabled(LogLevel.Information).ShouldBe(enabled);
        logger.IsEnabled(LogLevel.Warning).ShouldBeTrue();
    }

    [Fact]
    public async Task Information_FrameworkCategoryOverriddenInConfiguration_IsLogged()
    {
        await using var factory = new HubFactory().With("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information");

        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information).ShouldBeTrue();
        loggers.CreateLogger("Microsoft.Extensions.Hosting.Internal.Host").IsEnabled(LogLevel.Information).ShouldBeFalse();
    }
}
