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

        var status = await PollReadyAsync(client);

        status.ShouldBe(HttpStatusCode.OK);
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

    private static async Task<HttpStatusCode> PollReadyAsync(HttpClient client)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 600 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(50);
            }
        }

        return status;
    }
}
