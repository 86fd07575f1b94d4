namespace MedDevice.Hub.Core.Customs;

/// <summary>A line verdict or lane suggestion, ordered by severity (a larger value dominates).</summary>
public enum Verdict
{
    /// <summary>Nothing found: the line may clear.</summary>
    Green = 0,

    /// <summary>Something to check (price deviation, DI not yet recorded, price not comparable).</summary>
    Yellow = 1,

    /// <summary>A check could not be decided now (e.g. the importer register was unavailable): never a guess.</summary>
    Pending = 2,

    /// <summary>A finding that stops the goods: unregistered, revoked, recalled, invalid identifiers, importer not active.</summary>
    Red = 3,
}
