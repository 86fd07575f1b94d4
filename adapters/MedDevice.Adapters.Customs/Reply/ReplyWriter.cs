using System.Security.Cryptography.X509Certificates;
using System.Xml;
using MedDevice.Adapters.Customs.Envelope;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Reply;

/// <summary>Writes the hub's signed replies: a result (type 12) with per-line verdicts, or a receipt (type 11).</summary>
public static class ReplyWriter
{
    private const string Ns = CustomsNamespaces.Declaration;

    /// <summary>The SOAP message carrying a signed result.</summary>
    public static byte[] Result(NswAddressing addressing, ImportResult result, X509Certificate2 signer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(signer);
        return NswEnvelopeWriter.ToSoap(NswEnvelopeWriter.Create(addressing, (document, content) => WriteResult(document, content, result), signer));
    }

    /// <summary>The SOAP message carrying a signed receipt.</summary>
    public static byte[] Receipt(NswAddressing addressing, ImportReceipt receipt, X509Certificate2 signer)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(signer);
        return NswEnvelopeWriter.ToSoap(NswEnvelopeWriter.Create(addressing, (document, content) =>
        {
            var root = NswEnvelopeWriter.Element(document, content, "MedicalDeviceImportReceipt", Ns);
            NswEnvelopeWriter.Text(document, root, "ICN", receipt.DeclarationNumber, Ns);
            NswEnvelopeWriter.Text(document, root, "HubMessageId", receipt.HubMessageId, Ns);
            NswEnvelopeWriter.Text(document, root, "Status", "cancelled", Ns);
            NswEnvelopeWriter.Text(document, root, "ReceivedAt", XmlConvert.ToString(receipt.ReceivedAt), Ns);
        }, signer));
    }

    /// <summary>The wire name of a verdict.</summary>
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Green => "GREEN",
        Verdict.Yellow => "YELLOW",
        Verdict.Pending => "PENDING",
        _ => "RED",
    };

    private static void WriteResult(XmlDocument document, XmlElement content, ImportResult result)
    {
        var root = NswEnvelopeWriter.Element(document, content, "MedicalDeviceImportResult", Ns);
        NswEnvelopeWriter.Text(document, root, "ICN", result.DeclarationNumber, Ns);
        NswEnvelopeWriter.Text(document, root, "HubMessageId", result.HubMessageId, Ns);
        NswEnvelopeWriter.Text(document, root, "Lane", Name(result.Lane), Ns);
        NswEnvelopeWriter.Text(document, root, "CheckedAt", XmlConvert.ToString(result.CheckedAt), Ns);
        foreach (var line in result.Lines)
        {
            var element = NswEnvelopeWriter.Element(document, root, "Line", Ns);
            var verdict = line.Verdict;
            NswEnvelopeWriter.Text(document, element, "STT", XmlConvert.ToString(verdict.LineNumber), Ns);
            NswEnvelopeWriter.Text(document, element, "Verdict", Name(verdict.Verdict), Ns);
            if (verdict.Price is { } price)
            {
                NswEnvelopeWriter.Text(document, element, "PriceDeviation", XmlConvert.ToString(price.Deviation), Ns);
                NswEnvelopeWriter.Text(document, element, "ReferencePrice", XmlConvert.ToString(price.ReferenceVnd), Ns);
                NswEnvelopeWriter.Text(document, element, "DeclaredPriceVnd", XmlConvert.ToString(price.DeclaredVnd), Ns);
            }

            foreach (var reason in verdict.Reasons)
            {
                var r = NswEnvelopeWriter.Element(document, element, "Reason", Ns);
                NswEnvelopeWriter.Text(document, r, "Code", reason.Code, Ns);
                NswEnvelopeWriter.Text(document, r, "Verdict", Name(reason.Verdict), Ns);
                NswEnvelopeWriter.Text(document, r, "Text", reason.Text, Ns);
                if (reason.UdiPosition is { } position)
                {
                    NswEnvelopeWriter.Text(document, r, "UDI", XmlConvert.ToString(position), Ns);
                }

                if (reason.Detail is { Length: > 0 } detail)
                {
                    NswEnvelopeWriter.Text(document, r, "Detail", detail, Ns);
                }
            }

            foreach (var device in line.Devices)
            {
                var d = NswEnvelopeWriter.Element(document, element, "Device", Ns);
                d.SetAttribute("kind", device.Instance ? "instance" : "entry");
                d.InnerText = device.Id;
            }
        }
    }
}
