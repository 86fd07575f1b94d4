namespace MedDevice.Hub.Core.Identifiers.Registration;

/// <summary>The observed written forms of a registration number (số lưu hành); the decree fixes no format.</summary>
public enum RegistrationNumberForm
{
    /// <summary><c>YY</c>+7 digits<c>/PCBA-&lt;issuer&gt;</c>: standards declaration for class A (số công bố tiêu chuẩn áp dụng).</summary>
    ClassADeclaration,

    /// <summary><c>YY</c>+7 digits<c>/PCBB-&lt;issuer&gt;</c>: standards declaration for class B.</summary>
    ClassBDeclaration,

    /// <summary><c>YY</c>+5 digits<c>ĐKLH/BYT-TB-CT</c>: class C/D registration certificate issued by the former Department of Medical Equipment and Works (up to 2022).</summary>
    CertificateTbCt,

    /// <summary><c>YY</c>+5 digits<c>ĐKLH/BYT-HTTB</c>: class C/D registration certificate issued by the Department of Infrastructure and Medical Equipment (current).</summary>
    CertificateHttb,

    /// <summary><c>n</c><c>NK/BYT-TB-CT</c>: legacy import licence (giấy phép nhập khẩu) standing in for a registration number.</summary>
    LegacyImportLicence,
}
