using System.Collections.Frozen;
using MedDevice.Adapters.Operations;
using MedDevice.Hub.Partners;

namespace MedDevice.Hub.Security;

/// <summary>
/// The deny-by-default authorisation matrix, joined from every registered <see cref="PartnerOperation"/> (the hub's own
/// and each module's): an operation nobody registered is refused to everyone.
/// </summary>
public sealed class OperationMatrix
{
    private readonly FrozenDictionary<string, PartnerOperation> _operations;

    /// <summary>Joins the registrations: roles of one operation add up; one open registration opens it to every partner.</summary>
    public OperationMatrix(IEnumerable<PartnerOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        _operations = operations
            .GroupBy(o => o.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => new PartnerOperation(g.Key, g.SelectMany(o => o.Roles).ToFrozenSet(StringComparer.OrdinalIgnoreCase)) { AnyPartner = g.Any(o => o.AnyPartner) },
                StringComparer.Ordinal);
    }

    /// <summary>The operation as joined, or null when nobody registered it.</summary>
    public PartnerOperation? Find(string operation) => _operations.GetValueOrDefault(operation);

    /// <summary>True when the partner holds one of the roles the operation needs, or the operation is open to every partner.</summary>
    public bool IsAllowed(Partner partner, string operation)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return Find(operation) is { } registered && (registered.AnyPartner || registered.Roles.Any(partner.HasRole));
    }
}
