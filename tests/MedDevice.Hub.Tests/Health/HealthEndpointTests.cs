using System.Net;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_RunningHost_Returns200()
    {
        using var factory = new HubFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_AfterMigrations_Returns200()
    {
        using var factory = new HubFactory();
        using var client = factory.CreateClient();

        // Migrations run in the background at start: the probe turns 200 once they are done, and stays so.
        await HubFactory.WaitReadyAsync(client);

        (await HubFactory.ReadyStatusAsync(client)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_UnreachableDatabase_Returns503()
    {
        // Nothing listens on port 1: the hub starts, cannot migrate, and the probe must say it is not ready.
        using var factory = new HubFactory()
            .With("Hub:Storage:Provider", "PostgreSql")
            .With("Hub:Storage:ConnectionString", "Host=127.0.0.1;Port=1;Username=none;Timeout=1");
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }
}
