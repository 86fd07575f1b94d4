using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Security;

/// <summary>One host for the whole authorisation matrix: a partner per role, key <c>key-{role}</c>.</summary>
public sealed class AuthorizationMatrixHost : IAsyncLifetime
{
    public static readonly string[] Roles = ["registry", "customs", "insurer", "tender", "ecommerce", "identity-provider", "subscriber", "verifier", "admin"];

    private HubFactory _factory = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = new HubFactory();
        for (var i = 0; i < Roles.Length; i++)
        {
            _factory.With($"Hub:Partners:{i}:Id", Roles[i]).With($"Hub:Partners:{i}:ApiKey", "key-" + Roles[i]).With($"Hub:Partners:{i}:Roles:0", Roles[i]);
        }

        // Only the registry partner is allowed the registry feed.
        _factory.With("Hub:Partners:0:Feeds:0", "registry.device");
        Client = _factory.CreateClient();
        await HubFactory.WaitReadyAsync(Client);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
