namespace MedDevice.Hub.Storage.Customs;

/// <summary>One line of a declaration as last applied.</summary>
/// <param name="BaseNumber">The declaration's base number.</param>
/// <param name="LineNumber">The line's STT.</param>
/// <param name="State"><c>active</c> or <c>cancelled</c>.</param>
/// <param name="Verdict">The line's verdict (GREEN, YELLOW, RED, PENDING).</param>
/// <param name="Reasons">The reason codes, comma-separated.</param>
/// <param name="ContentSha256">Hex SHA-256 of what the line's effects were computed from: unchanged content means nothing to do.</param>
/// <param name="UpdatedAt">Last changed (Unix ms).</param>
public sealed record CustomsLineRecord(string BaseNumber, int LineNumber, string State, string Verdict, string Reasons, string ContentSha256, long UpdatedAt)
{
    /// <summary>State of a line in force.</summary>
    public const string Active = "active";

    /// <summary>State of a line removed by an amendment or cancellation.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>True while the line is in force.</summary>
    public bool IsActive => string.Equals(State, Active, StringComparison.Ordinal);
}
