using System.Globalization;
using System.Xml;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Declaration;

/// <summary>Turns a schema-valid <c>MedicalDeviceImportDeclaration</c> element into the domain model.</summary>
public static class DeclarationReader
{
    private const string Ns = CustomsNamespaces.Declaration;

    /// <summary>The element name of the declaration.</summary>
    public const string ElementName = "MedicalDeviceImportDeclaration";

    /// <summary>Reads the declaration; the element must have passed <see cref="Schemas.CustomsSchemas.Set"/>.</summary>
    public static CustomsDeclaration Read(XmlElement declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var lines = XmlChildren.All(declaration, "Line", Ns).Select(ReadLine).ToList();
        return new CustomsDeclaration(
            Number: XmlChildren.Text(declaration, "ICN", Ns),
            TypeCode: XmlChildren.Text(declaration, "ICB", Ns),
            CustomsOffice: XmlChildren.Text(declaration, "CH", Ns),
            ImporterTaxCode: XmlChildren.Text(declaration, "IMC", Ns),
            ImporterName: XmlChildren.Text(declaration, "IMN", Ns),
            ExporterName: XmlChildren.Text(declaration, "EPN", Ns),
            ExporterCountry: XmlChildren.Text(declaration, "EPO", Ns),
            ArrivalDate: Date(XmlChildren.Text(declaration, "ARR", Ns)),
            InvoiceCurrency: XmlChildren.Text(declaration, "IP3", Ns),
            Lines: lines);
    }

    private static CustomsDeclarationLine ReadLine(XmlElement line) => new(
        Number: XmlConvert.ToInt32(XmlChildren.Text(line, "STT", Ns)),
        HsCode: XmlChildren.Text(line, "CMD", Ns),
        Description: XmlChildren.Text(line, "CMN", Ns),
        Origin: XmlChildren.Text(line, "OR", Ns),
        Quantity: XmlConvert.ToDecimal(XmlChildren.Text(line, "QN1", Ns)),
        QuantityUnit: XmlChildren.Text(line, "QT1", Ns),
        UnitPrice: XmlConvert.ToDecimal(XmlChildren.Text(line, "UPR", Ns)),
        UnitPriceCurrency: XmlChildren.Text(line, "UPC", Ns),
        InvoiceValue: XmlConvert.ToDecimal(XmlChildren.Text(line, "BPR", Ns)),
        Udis: XmlChildren.All(line, "UDI", Ns).Select(u => u.InnerText.Trim()).ToList(),
        RegistrationNumber: XmlChildren.Text(line, "SO_LUU_HANH", Ns));

    // xs:date may carry a zone (2025-03-01Z, 2025-03-01+07:00): the calendar date is the first ten characters.
    private static DateOnly Date(string text) =>
        DateOnly.ParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
