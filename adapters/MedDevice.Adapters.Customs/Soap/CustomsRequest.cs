using System.Xml;
using MedDevice.Adapters.Customs.Envelope;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Soap;

/// <summary>A schema-valid customs request: its header, what it asks for, the declaration, and the NSW Envelope element (for the signature check).</summary>
/// <param name="Header">The NSW header.</param>
/// <param name="Function">Declare, amend or cancel.</param>
/// <param name="Declaration">The declaration in the Content.</param>
/// <param name="Envelope">The NSW <c>Envelope</c> element as received (whitespace preserved).</param>
public sealed record CustomsRequest(NswHeader Header, CustomsFunction Function, CustomsDeclaration Declaration, XmlElement Envelope);
