using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using MedDevice.Adapters.Customs.Declaration;

namespace MedDevice.Adapters.Customs.Signing;

/// <summary>
/// Signs an NSW Envelope the way the contract requires: one enveloped XML signature (RSA-SHA256, SHA-256 digest,
/// exclusive canonicalisation) over the Envelope element as its own document, with the signing certificate in
/// <c>KeyInfo</c>, placed in <c>Body/Signature</c>. Used by the hub for replies and by senders (simulator, tests).
/// </summary>
public static class EnvelopeSigner
{
    /// <summary>Signs the envelope in place; <paramref name="envelope"/> must be the document element and have a <c>Body</c>.</summary>
    public static void Sign(XmlElement envelope, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(certificate);
        var document = envelope.OwnerDocument;
        if (!ReferenceEquals(document.DocumentElement, envelope))
        {
            throw new ArgumentException("Sign the Envelope as its own document (it must be the document element).", nameof(envelope));
        }

        var body = XmlChildren.First(envelope, "Body", CustomsNamespaces.Nsw)
            ?? throw new ArgumentException("The envelope has no Body.", nameof(envelope));
        var holder = XmlChildren.First(body, "Signature", CustomsNamespaces.Nsw);
        if (holder is null)
        {
            holder = document.CreateElement("Signature", CustomsNamespaces.Nsw);
            body.AppendChild(holder);
        }

        using var key = certificate.GetRSAPrivateKey() ?? throw new ArgumentException("The certificate has no RSA private key.", nameof(certificate));
        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(certificate));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();
        holder.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
    }

    /// <summary>True when the certificate can sign (it has an RSA private key).</summary>
    public static bool CanSign(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using RSA? key = certificate.GetRSAPrivateKey();
        return key is not null;
    }
}
