namespace MedDevice.Adapters.Identity.Model;

/// <summary>Whether the claimed legal representative is the registered one.</summary>
public enum RepresentativeCheck
{
    /// <summary>No representative was given.</summary>
    NotRequested,

    /// <summary>The given personal ID is the registered representative's.</summary>
    Match,

    /// <summary>It is not.</summary>
    Mismatch,
}
