namespace MedDevice.Hub.Core.Customs;

/// <summary>
/// A VNACCS import declaration (IDA) as the hub receives it from customs: the header items it needs and the goods
/// lines, each with the device fields (UDI, registration number). Names are English; the VNACCS item code is in each comment.
/// </summary>
/// <param name="Number">Số tờ khai (<c>ICN</c>): 12 digits; the first 11 identify the declaration, the 12th counts amendments.</param>
/// <param name="TypeCode">Mã loại hình (<c>ICB</c>), e.g. <c>A11</c>.</param>
/// <param name="CustomsOffice">Cơ quan hải quan (<c>CH</c>), e.g. <c>03CC</c>.</param>
/// <param name="ImporterTaxCode">Mã người nhập khẩu (<c>IMC</c>): the importer's tax code as declared.</param>
/// <param name="ImporterName">Tên người nhập khẩu (<c>IMN</c>).</param>
/// <param name="ExporterName">Tên người xuất khẩu (<c>EPN</c>).</param>
/// <param name="ExporterCountry">Mã nước người xuất khẩu (<c>EPO</c>).</param>
/// <param name="ArrivalDate">Ngày hàng đến (<c>ARR</c>).</param>
/// <param name="InvoiceCurrency">Mã tiền tệ hóa đơn (<c>IP3</c>).</param>
/// <param name="Lines">The goods lines (1 to 50).</param>
public sealed record CustomsDeclaration(
    string Number,
    string TypeCode,
    string CustomsOffice,
    string ImporterTaxCode,
    string ImporterName,
    string ExporterName,
    string ExporterCountry,
    DateOnly ArrivalDate,
    string InvoiceCurrency,
    IReadOnlyList<CustomsDeclarationLine> Lines)
{
    /// <summary>The number of digits that identify a declaration across its amendments.</summary>
    public const int BaseNumberLength = 11;

    /// <summary>The first 11 digits of <see cref="Number"/>: the declaration across its amendments (the idempotency key with the line number).</summary>
    public string BaseNumber => Number.Length > BaseNumberLength ? Number[..BaseNumberLength] : Number;

    /// <summary>The 12th digit of <see cref="Number"/>: how many times the declaration was amended (0 when absent).</summary>
    public int AmendmentCount => Number.Length > BaseNumberLength && char.IsAsciiDigit(Number[BaseNumberLength]) ? Number[BaseNumberLength] - '0' : 0;
}
