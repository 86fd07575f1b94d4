namespace MedDevice.Hub.Core.Customs;

/// <summary>What the enterprise register says about an importer's tax code.</summary>
public enum ImporterStatus
{
    /// <summary>The register could not answer (unavailable, not connected): the verdict is pending, never guessed.</summary>
    Pending = 0,

    /// <summary>Operating.</summary>
    Active = 1,

    /// <summary>Temporarily suspended (tạm ngừng kinh doanh).</summary>
    Suspended = 2,

    /// <summary>Closed (giải thể, chấm dứt hoạt động).</summary>
    Closed = 3,

    /// <summary>Not in the register.</summary>
    NotFound = 4,
}
