using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Privacy;
using MedDevice.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedDevice.Hub.Tests.Privacy;

/// <summary>The host starts only with a usable pseudonym key; the development profile falls back to the published key.</summary>
public sealed class PseudonymKeyStartupTests
{
    private static readonly string ProductionKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public async Task Start_ProductionWithoutKey_RefusesWithClearMessage()
    {
        await using var factory = new HubFactory().With("Hub:Security:Profile", "Production");

        var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        error.Message.ShouldContain("Hub:Privacy:PseudonymKey");
        error.Message.ShouldContain("refused to start");
    }

    [Theory]
    [InlineData("not base64!", "not valid base64")]
    [InlineData("AAECAwQ=", "at least 32")]
    public async Task Start_UnusableKey_RefusesInAnyProfile(string key, string message)
    {
        await using var factory = new HubFactory().With("Hub:Privacy:PseudonymKey", key);

        Should.Throw<OptionsValidationException>(() => factory.CreateClient()).Message.ShouldContain(message);
    }

    [Fact]
    public async Task Start_WithKey_PseudonymizesWithConfiguredKeyId()
    {
        await using var factory = new HubFactory().With("environment", "Production")
            .With("Hub:Privacy:PseudonymKey", ProductionKey).With("Hub:Privacy:PseudonymKeyId", "k2026");
        using var client = factory.CreateClient();

        var result = factory.Services.GetRequiredService<Pseudonymizer>().Pseudonymize(PersonalDataKind.PersonalId, "001085012345");

        result.Pseudonym.ShouldBe(new Pseudonymizer(new PseudonymKey("k2026", Convert.FromBase64String(ProductionKey)))
            .Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym);
        result.Pseudonym.ShouldStartWith("psn:k2026:");
    }

    [Fact]
    public async Task Start_KeyFromFile_UsesTheFileContent()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, ProductionKey + "\n");
            await using var factory = new HubFactory().With("Hub:Privacy:PseudonymKeyPath", path);
            using var client = factory.CreateClient();

            factory.Services.GetRequiredService<Pseudonymizer>().Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym
                .ShouldBe(new Pseudonymizer(new PseudonymKey("v1", Convert.FromBase64String(ProductionKey)))
                    .Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Start_DevelopmentWithoutKey_UsesPublishedDevelopmentKey()
    {
        await using var factory = new HubFactory();
        using var client = factory.CreateClient();

        factory.Services.GetRequiredService<Pseudonymizer>().Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym
            .ShouldBe(new Pseudonymizer(DevelopmentPseudonymKey.Create()).Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym);
        DevelopmentPseudonymKey.Base64.ShouldBe(Convert.ToBase64String("meddevice-hub-development-pseudonym-key-NOT-SECRET"u8));
    }
}
