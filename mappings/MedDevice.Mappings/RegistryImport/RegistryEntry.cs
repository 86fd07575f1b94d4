namespace MedDevice.Mappings.RegistryImport;

/// <summary>
/// One DI-level entry of the national registry as a flat record (one CSV row of a bulk import; what the sandbox
/// generator produces). <see cref="RegistryEntryMapper.ToDevice"/> turns it into the registry's FHIR Device.
/// </summary>
/// <param name="RegistrationNumber">The registration number (số lưu hành) as written; the Device carries its canonical form.</param>
/// <param name="UdiDi">The UDI device identifier (GTIN-14 for GS1; labeler + product + unit of measure for HIBCC); null when the device has none.</param>
/// <param name="UdiIssuer">The issuing agency of <paramref name="UdiDi"/>: <c>GS1</c> or <c>HIBCC</c> (or the issuer NamingSystem URL).</param>
/// <param name="DeviceName">The registered Vietnamese name (tên trang thiết bị y tế).</param>
/// <param name="TypeSystem">The code system of <paramref name="TypeCode"/>, if any.</param>
/// <param name="TypeCode">The device type code, if any.</param>
/// <param name="TypeText">The device type (chủng loại) as text.</param>
/// <param name="Manufacturer">The manufacturer (hãng, nước sản xuất).</param>
/// <param name="Model">The model number.</param>
/// <param name="RiskClass">The risk class <c>A</c>, <c>B</c>, <c>C</c> or <c>D</c> (NĐ 98/2021 Điều 4).</param>
/// <param name="HolderTaxCode">The registration holder's tax code (mã số thuế của chủ sở hữu số lưu hành).</param>
/// <param name="HolderName">The registration holder's name.</param>
/// <param name="Status">The FHIR Device.status: <c>active</c> (in force) or <c>inactive</c> (revoked or suspended).</param>
public sealed record RegistryEntry(
    string? RegistrationNumber,
    string? UdiDi,
    string? UdiIssuer,
    string? DeviceName,
    string? TypeSystem,
    string? TypeCode,
    string? TypeText,
    string? Manufacturer,
    string? Model,
    string? RiskClass,
    string? HolderTaxCode,
    string? HolderName,
    string? Status);
