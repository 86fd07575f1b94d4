using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Adapters.Operations;

/// <summary>How a module adds its operations and roles to the hub's deny-by-default authorisation matrix.</summary>
public static class PartnerOperationServiceExtensions
{
    /// <summary>Registers <paramref name="operations"/>; the hub joins every registration into its matrix at start.</summary>
    public static IServiceCollection AddPartnerOperations(this IServiceCollection services, params PartnerOperation[] operations)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(operations);
        foreach (var operation in operations)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(operation?.Name, nameof(operations));
            services.AddSingleton(operation);
        }

        return services;
    }
}
