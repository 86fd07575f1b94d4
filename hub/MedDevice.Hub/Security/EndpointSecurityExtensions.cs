namespace MedDevice.Hub.Security;

/// <summary>Declares what an endpoint does, for <see cref="OperationAuthorizationMiddleware"/>.</summary>
public static class EndpointSecurityExtensions
{
    /// <summary>The endpoint performs <paramref name="operation"/>.</summary>
    public static TBuilder RequiresOperation<TBuilder>(this TBuilder builder, string operation)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OperationMetadata(operation));

    /// <summary>The endpoint is open to anyone.</summary>
    public static TBuilder AllowAnyone<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AnonymousMetadata());
}
