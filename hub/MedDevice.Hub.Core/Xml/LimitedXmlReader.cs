using System.Xml;

namespace MedDevice.Hub.Core.Xml;

/// <summary>Passes an <see cref="XmlReader"/> through, counting elements and depth and turning failures into <see cref="SafeXmlException"/>.</summary>
internal sealed class LimitedXmlReader : XmlReader, IXmlLineInfo
{
    private readonly XmlReader _inner;
    private readonly SafeXmlLimits _limits;
    private int _elements;

    public LimitedXmlReader(XmlReader inner, SafeXmlLimits limits)
    {
        _inner = inner;
        _limits = limits;
    }

    public override int AttributeCount => _inner.AttributeCount;
    public override string BaseURI => _inner.BaseURI;
    public override int Depth => _inner.Depth;
    public override bool EOF => _inner.EOF;
    public override bool IsEmptyElement => _inner.IsEmptyElement;
    public override string LocalName => _inner.LocalName;
    public override string NamespaceURI => _inner.NamespaceURI;
    public override XmlNameTable NameTable => _inner.NameTable;
    public override XmlNodeType NodeType => _inner.NodeType;
    public override string Prefix => _inner.Prefix;
    public override ReadState ReadState => _inner.ReadState;
    public override string Value => _inner.Value;
    public override XmlReaderSettings? Settings => _inner.Settings;
    public int LineNumber => (_inner as IXmlLineInfo)?.LineNumber ?? 0;
    public int LinePosition => (_inner as IXmlLineInfo)?.LinePosition ?? 0;

    public bool HasLineInfo() => _inner is IXmlLineInfo info && info.HasLineInfo();
    public override string GetAttribute(int i) => _inner.GetAttribute(i);
    public override string? GetAttribute(string name) => _inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => _inner.GetAttribute(name, namespaceURI);
    public override string? LookupNamespace(string prefix) => _inner.LookupNamespace(prefix);
    public override bool MoveToAttribute(string name) => _inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => _inner.MoveToAttribute(name, ns);
    public override bool MoveToElement() => _inner.MoveToElement();
    public override bool MoveToFirstAttribute() => _inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => _inner.MoveToNextAttribute();
    public override bool ReadAttributeValue() => Guard(_inner.ReadAttributeValue);
    public override void ResolveEntity() => _inner.ResolveEntity();

    public override bool Read()
    {
        var more = Guard(_inner.Read);
        if (more && _inner.NodeType == XmlNodeType.Element)
        {
            if (++_elements > _limits.MaxElements)
            {
                throw Refuse(SafeXmlErrorCodes.TooManyElements, $"The XML document has more than {_limits.MaxElements} elements.");
            }

            if (_inner.Depth >= _limits.MaxDepth)
            {
                throw Refuse(SafeXmlErrorCodes.TooDeep, $"XML elements are nested deeper than {_limits.MaxDepth} levels.");
            }
        }

        return more;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool Guard(Func<bool> step)
    {
        try
        {
            return step();
        }
        catch (XmlException ex)
        {
            throw new SafeXmlException(SafeXml.Classify(ex), ex);
        }
    }

    private SafeXmlException Refuse(string code, string message) => new(new SafeXmlIssue(code, message, LineNumber, LinePosition));
}
