using Microsoft.AspNetCore.Builder;

namespace MedDevice.Adapters.Refusals;

/// <summary>Declares the protocol of an endpoint or route group's refusals.</summary>
public static class RefusalEndpointExtensions
{
    /// <summary>Refusals of these endpoints are written by <paramref name="writer"/>.</summary>
    public static TBuilder WithRefusals<TBuilder>(this TBuilder builder, IRefusalWriter writer)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RefusalProtocolMetadata(writer));
}
