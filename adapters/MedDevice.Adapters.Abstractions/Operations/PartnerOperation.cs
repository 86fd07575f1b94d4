namespace MedDevice.Adapters.Operations;

/// <summary>
/// An operation an endpoint declares and the partner roles that may perform it (any of). The hub denies by default: an
/// operation nobody registered is refused. Several registrations of one name add up (their roles are joined), so a
/// module can grant its own role an operation another part registered.
/// </summary>
/// <param name="Name">The operation, as the endpoint declares it (e.g. <c>customs.submit</c>).</param>
/// <param name="Roles">Roles allowed (any of); empty with <see cref="AnyPartner"/> false adds nobody.</param>
public sealed record PartnerOperation(string Name, IReadOnlySet<string> Roles)
{
    /// <summary>True when any authenticated partner may perform the operation, whatever its roles.</summary>
    public bool AnyPartner { get; init; }

    /// <summary>An operation for the given roles (compared ignoring case).</summary>
    public static PartnerOperation For(string name, params string[] roles) =>
        new(name, new HashSet<string>(roles, StringComparer.OrdinalIgnoreCase));

    /// <summary>An operation open to every authenticated partner.</summary>
    public static PartnerOperation ForAnyPartner(string name) =>
        new(name, new HashSet<string>(StringComparer.OrdinalIgnoreCase)) { AnyPartner = true };
}
