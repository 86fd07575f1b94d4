using Microsoft.Extensions.Options;

namespace MedDevice.Hub.Privacy;

/// <summary>Start-up check: the hub does not start without a usable pseudonym key (outside Development).</summary>
public sealed class PrivacyOptionsValidator(Security.SecurityOptions security) : IValidateOptions<PrivacyOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var load = PseudonymKeyLoader.Load(options, !security.IsProduction);
        return load.Error is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(load.Error);
    }
}
