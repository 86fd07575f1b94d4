using System.Reflection;
using System.Xml;
using System.Xml.Schema;
using MedDevice.Hub.Core.Xml;

namespace MedDevice.Adapters.Customs.Schemas;

/// <summary>
/// The published contract files (<c>schemas/customs</c>, compiled in as resources): the compiled XSD set used to
/// validate every message, and the texts the hub serves at <c>/soap/customs?wsdl</c> and <c>?xsd=name</c>.
/// </summary>
public static class CustomsSchemas
{
    /// <summary>The NSW envelope schema file name.</summary>
    public const string EnvelopeXsd = "nsw-envelope.xsd";

    /// <summary>The declaration / result / receipt / fault schema file name.</summary>
    public const string DeclarationXsd = "medical-device-import.xsd";

    /// <summary>The WSDL file name.</summary>
    public const string Wsdl = "customs.wsdl";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile);

    /// <summary>The schema file names that may be requested with <c>?xsd=</c>.</summary>
    public static IReadOnlyList<string> SchemaFiles { get; } = [EnvelopeXsd, DeclarationXsd];

    /// <summary>
    /// Both schemas, compiled once. A compiled set is only read afterwards, so validating readers on many threads may share it.
    /// </summary>
    public static XmlSchemaSet Set => Compiled.Value;

    /// <summary>The text of a contract file (<see cref="EnvelopeXsd"/>, <see cref="DeclarationXsd"/>, <see cref="Wsdl"/>); null for any other name.</summary>
    public static string? Text(string name)
    {
        if (!string.Equals(name, Wsdl, StringComparison.Ordinal) && !SchemaFiles.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var name in SchemaFiles)
        {
            using var stream = Open(name);
            using var reader = SafeXml.CreateReader(stream);
            var schema = XmlSchema.Read(reader, static (_, e) => throw new XmlSchemaException(e.Message, e.Exception))
                ?? throw new InvalidOperationException($"The contract file '{name}' is not a schema.");
            set.Add(schema);
        }

        set.Compile();
        return set;
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("customs/" + name)
        ?? throw new InvalidOperationException($"The contract file '{name}' is not compiled into the adapter.");
}
