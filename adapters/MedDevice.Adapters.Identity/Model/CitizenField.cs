namespace MedDevice.Adapters.Identity.Model;

/// <summary>A citizen field that can mismatch.</summary>
public enum CitizenField
{
    /// <summary>The full name (họ và tên).</summary>
    FullName,

    /// <summary>The birth date (ngày sinh).</summary>
    BirthDate,
}
