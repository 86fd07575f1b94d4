namespace MedDevice.Hub.Core.Customs;

/// <summary>One goods line of a declaration with the device fields the programme adds.</summary>
/// <param name="Number">Số thứ tự dòng hàng (<c>STT</c>): 1..50, unique in the declaration.</param>
/// <param name="HsCode">Mã số hàng hóa (<c>CMD</c>): 8-digit HS code.</param>
/// <param name="Description">Mô tả hàng hóa (<c>CMN</c>).</param>
/// <param name="Origin">Mã nước xuất xứ (<c>OR</c>).</param>
/// <param name="Quantity">Số lượng (<c>QN1</c>).</param>
/// <param name="QuantityUnit">Đơn vị tính (<c>QT1</c>).</param>
/// <param name="UnitPrice">Đơn giá hóa đơn (<c>UPR</c>).</param>
/// <param name="UnitPriceCurrency">Mã tiền tệ đơn giá (<c>UPC</c>).</param>
/// <param name="InvoiceValue">Trị giá hóa đơn (<c>BPR</c>).</param>
/// <param name="Udis">Each UDI as scanned or printed (<c>UDI</c>, one or more).</param>
/// <param name="RegistrationNumber">Số lưu hành as declared (<c>SO_LUU_HANH</c>).</param>
public sealed record CustomsDeclarationLine(
    int Number,
    string HsCode,
    string Description,
    string Origin,
    decimal Quantity,
    string QuantityUnit,
    decimal UnitPrice,
    string UnitPriceCurrency,
    decimal InvoiceValue,
    IReadOnlyList<string> Udis,
    string RegistrationNumber);
