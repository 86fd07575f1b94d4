using MedDevice.Adapters.Identity.Model;
using MedDevice.Hub.Core.Privacy;
using Microsoft.Extensions.Logging.Abstractions;

namespace MedDevice.Adapters.Identity.Tests.Infrastructure;

/// <summary>Adapters for tests: fast timeouts, the test pseudonym key, a context with purpose and legal basis.</summary>
public static class TestAdapters
{
    public static readonly Pseudonymizer Pseudonymizer = new(new PseudonymKey("test", "identity-adapter-tests-pseudonym-key-0123456789"u8));

    public static readonly VerificationContext Context = new("shop-test", "seller-onboarding", "Decree 13/2023/ND-CP art. 17", "01JTESTREQUEST0000000000");

    public static IdentityAdapterOptions Options(Uri endpoint, Action<IdentityAdapterOptions>? configure = null)
    {
        var options = new IdentityAdapterOptions
        {
            Endpoint = endpoint.ToString(),
            CallTimeout = TimeSpan.FromSeconds(2),
            Budget = TimeSpan.FromSeconds(10),
        };
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
        configure?.Invoke(options);
        return options;
    }

    public static IdentityAdapter Create(IdentityAdapterOptions options, TimeProvider? time = null) =>
        new(options, Pseudonymizer, time ?? TimeProvider.System, NullLoggerFactory.Instance);
}
