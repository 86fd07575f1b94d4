using System.Globalization;
using System.Xml;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Declaration;

/// <summary>Writes a <c>MedicalDeviceImportDeclaration</c> (for the customs simulator, tests and the benchmark).</summary>
public static class DeclarationWriter
{
    private const string Ns = CustomsNamespaces.Declaration;

    /// <summary>Writes the declaration as the only child of <paramref name="parent"/>.</summary>
    public static XmlElement Write(XmlDocument document, XmlNode parent, CustomsDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(declaration);
        var root = document.CreateElement(DeclarationReader.ElementName, Ns);
        parent.AppendChild(root);
        Add(document, root, "ICN", declaration.Number);
        Add(document, root, "ICB", declaration.TypeCode);
        Add(document, root, "CH", declaration.CustomsOffice);
        Add(document, root, "IMC", declaration.ImporterTaxCode);
        Add(document, root, "IMN", declaration.ImporterName);
        Add(document, root, "EPN", declaration.ExporterName);
        Add(document, root, "EPO", declaration.ExporterCountry);
        Add(document, root, "ARR", declaration.ArrivalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(document, root, "IP3", declaration.InvoiceCurrency);
        foreach (var line in declaration.Lines)
        {
            var element = document.CreateElement("Line", Ns);
            root.AppendChild(element);
            Add(document, element, "STT", XmlConvert.ToString(line.Number));
            Add(document, element, "CMD", line.HsCode);
            Add(document, element, "CMN", line.Description);
            Add(document, element, "OR", line.Origin);
            Add(document, element, "QN1", XmlConvert.ToString(line.Quantity));
            Add(document, element, "QT1", line.QuantityUnit);
            Add(document, element, "UPR", XmlConvert.ToString(line.UnitPrice));
            Add(document, element, "UPC", line.UnitPriceCurrency);
            Add(document, element, "BPR", XmlConvert.ToString(line.InvoiceValue));
            foreach (var udi in line.Udis)
            {
                Add(document, element, "UDI", udi);
            }

            Add(document, element, "SO_LUU_HANH", line.RegistrationNumber);
        }

        return root;
    }

    private static void Add(XmlDocument document, XmlElement parent, string name, string value)
    {
        var element = document.CreateElement(name, Ns);
        element.InnerText = value;
        parent.AppendChild(element);
    }
}
