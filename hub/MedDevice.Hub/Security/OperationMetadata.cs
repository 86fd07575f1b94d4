namespace MedDevice.Hub.Security;

/// <summary>Endpoint metadata naming the operation an endpoint performs.</summary>
public sealed record OperationMetadata(string Operation);

/// <summary>Endpoint metadata for the few endpoints open to anyone (health probes).</summary>
public sealed record AnonymousMetadata;
