namespace MedDevice.Hub.Storage.Customs;

/// <summary>The hub's record of a customs declaration across its amendments (keyed by the ICN's first 11 digits).</summary>
/// <param name="BaseNumber">The ICN's first 11 digits.</param>
/// <param name="Number">The full ICN of the latest message.</param>
/// <param name="PartnerId">The customs partner that sent it.</param>
/// <param name="Importer">The importer's identifier as recorded: the tax code of an organisation, the pseudonym of a person.</param>
/// <param name="CustomsOffice">The customs office code (<c>CH</c>).</param>
/// <param name="State"><c>declared</c>, <c>amended</c> or <c>cancelled</c>.</param>
/// <param name="AmendmentCount">The ICN's 12th digit of the latest message.</param>
/// <param name="Lane">The lane suggested for the latest message.</param>
/// <param name="HubMessageId">The hub message id of the latest message.</param>
/// <param name="CreatedAt">First received (Unix ms).</param>
/// <param name="UpdatedAt">Last changed (Unix ms).</param>
public sealed record CustomsDeclarationRecord(
    string BaseNumber,
    string Number,
    string PartnerId,
    string Importer,
    string CustomsOffice,
    string State,
    int AmendmentCount,
    string Lane,
    string HubMessageId,
    long CreatedAt,
    long UpdatedAt)
{
    /// <summary>State of a declaration received once.</summary>
    public const string Declared = "declared";

    /// <summary>State after an amendment.</summary>
    public const string Amended = "amended";

    /// <summary>State after a cancellation.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>True once cancelled.</summary>
    public bool IsCancelled => string.Equals(State, Cancelled, StringComparison.Ordinal);
}
