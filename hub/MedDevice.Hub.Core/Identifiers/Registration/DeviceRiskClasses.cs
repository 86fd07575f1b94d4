namespace MedDevice.Hub.Core.Identifiers.Registration;

/// <summary>
/// The risk classes (NĐ 98/2021, Điều 4) a registration-number form is compatible with. A form can only say
/// "A", "B" or "C or D": the certificate number does not tell C from D.
/// </summary>
[Flags]
public enum DeviceRiskClasses
{
    /// <summary>The form says nothing about the class (legacy import licence).</summary>
    None = 0,

    /// <summary>Class A (low risk).</summary>
    A = 1,

    /// <summary>Class B (low-moderate risk).</summary>
    B = 2,

    /// <summary>Class C (moderate-high risk).</summary>
    C = 4,

    /// <summary>Class D (high risk).</summary>
    D = 8,

    /// <summary>Class C or D: registration certificate (giấy chứng nhận đăng ký lưu hành).</summary>
    CD = C | D,
}
