using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using MedDevice.Adapters.Customs.Declaration;
using MedDevice.Adapters.Customs.Faults;

namespace MedDevice.Adapters.Customs.Signing;

/// <summary>
/// Verifies the sender's signature on an NSW Envelope against the certificates registered for the partner (pinned by
/// SHA-256 or SHA-1 thumbprint; no chain building, as for mutual TLS). Accepted: exactly one ds:Signature, in
/// <c>Body/Signature</c>, with one Reference to the whole Envelope (<c>URI=""</c>), transforms enveloped-signature and
/// (exclusive) canonicalisation only, SHA-256/384/512 digests, RSA-SHA256/384/512, and the signing certificate in KeyInfo.
/// </summary>
public static class EnvelopeSignatureVerifier
{
    private static readonly HashSet<string> SignatureMethods = new(StringComparer.Ordinal)
    {
        SignedXml.XmlDsigRSASHA256Url, SignedXml.XmlDsigRSASHA384Url, SignedXml.XmlDsigRSASHA512Url,
    };

    private static readonly HashSet<string> DigestMethods = new(StringComparer.Ordinal)
    {
        SignedXml.XmlDsigSHA256Url, SignedXml.XmlDsigSHA384Url, SignedXml.XmlDsigSHA512Url,
    };

    private static readonly HashSet<string> Canonicalizations = new(StringComparer.Ordinal)
    {
        SignedXml.XmlDsigExcC14NTransformUrl, SignedXml.XmlDsigC14NTransformUrl,
    };

    private static readonly HashSet<string> Transforms = new(StringComparer.Ordinal)
    {
        SignedXml.XmlDsigEnvelopedSignatureTransformUrl, SignedXml.XmlDsigExcC14NTransformUrl, SignedXml.XmlDsigC14NTransformUrl,
    };

    /// <summary>Checks the envelope's signature.</summary>
    /// <param name="envelope">The NSW Envelope element as received (anywhere in its document).</param>
    /// <param name="registeredThumbprints">The partner's registered certificate thumbprints (hex; colons and case ignored).</param>
    /// <param name="now">The time the certificate must be valid at.</param>
    public static SignatureCheck Verify(XmlElement envelope, IReadOnlyCollection<string> registeredThumbprints, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(registeredThumbprints);

        // The signature covers the Envelope as its own document (so the SOAP wrapper around it does not matter).
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.AppendChild(document.ImportNode(envelope, deep: true));
        var signatures = document.GetElementsByTagName("Signature", CustomsNamespaces.XmlDsig);
        if (signatures.Count == 0)
        {
            return Refuse(CustomsFaultCodes.SignatureMissing, "The envelope is not signed: put one XML signature of the Envelope in Body/Signature.");
        }

        var signature = (XmlElement)signatures[0]!;
        var holder = signature.ParentNode as XmlElement;
        if (signatures.Count > 1 || holder is not { LocalName: "Signature", NamespaceURI: CustomsNamespaces.Nsw }
            || holder.ParentNode is not XmlElement { LocalName: "Body", NamespaceURI: CustomsNamespaces.Nsw } body
            || !ReferenceEquals(body.ParentNode, document.DocumentElement))
        {
            return Refuse(CustomsFaultCodes.SignatureUnsupported, "Exactly one XML signature is accepted, in Envelope/Body/Signature.");
        }

        if (registeredThumbprints.Count == 0)
        {
            return Refuse(CustomsFaultCodes.NoRegisteredCertificate, "No signing certificate is registered for the partner (Hub:Partners:N:CertificateThumbprints).");
        }

        var signed = new SignedXml(document);
        try
        {
            signed.LoadXml(signature);
        }
        catch (Exception ex) when (IsMalformed(ex))
        {
            return Refuse(CustomsFaultCodes.SignatureUnsupported, "The XML signature is malformed.");
        }

        if (StructureProblem(signed) is { } problem)
        {
            return Refuse(CustomsFaultCodes.SignatureUnsupported, problem);
        }

        var certificates = signed.KeyInfo.OfType<KeyInfoX509Data>().SelectMany(d => d.Certificates?.OfType<X509Certificate2>() ?? []).ToList();
        try
        {
            return Check(signed, certificates, registeredThumbprints, now);
        }
        finally
        {
            // The certificates decoded from KeyInfo hold native handles: release them now rather than in the finalizer.
            certificates.ForEach(c => c.Dispose());
        }
    }

    private static SignatureCheck Check(SignedXml signed, List<X509Certificate2> certificates, IReadOnlyCollection<string> registeredThumbprints, DateTimeOffset now)
    {
        if (certificates.Count != 1)
        {
            return Refuse(CustomsFaultCodes.SignatureUnsupported, "KeyInfo must carry exactly one X.509 certificate: the signer's.");
        }

        var certificate = certificates[0];
        if (!IsRegistered(certificate, registeredThumbprints))
        {
            return Refuse(CustomsFaultCodes.CertificateNotRegistered, "The signing certificate is not one registered for the partner.");
        }

        if (now < certificate.NotBefore.ToUniversalTime() || now > certificate.NotAfter.ToUniversalTime())
        {
            return Refuse(CustomsFaultCodes.CertificateExpired, "The signing certificate is expired or not yet valid.");
        }

        bool valid;
        try
        {
            valid = signed.CheckSignature(certificate, verifySignatureOnly: true);
        }
        catch (Exception ex) when (IsMalformed(ex))
        {
            valid = false;
        }

        return valid
            ? new SignatureCheck(certificate.GetCertHashString(HashAlgorithmName.SHA256), null)
            : Refuse(CustomsFaultCodes.SignatureInvalid, "The XML signature does not verify: the envelope was changed after signing or signed with another key.");
    }

    private static string? StructureProblem(SignedXml signed)
    {
        var info = signed.SignedInfo!;
        if (!SignatureMethods.Contains(info.SignatureMethod ?? ""))
        {
            return "Signature method not accepted; use RSA-SHA256 (or RSA-SHA384/512).";
        }

        if (!Canonicalizations.Contains(info.CanonicalizationMethod))
        {
            return "Canonicalization method not accepted; use exclusive XML canonicalization.";
        }

        if (info.References.Count != 1 || info.References[0] is not Reference { Uri: "" } reference)
        {
            return "The signature must have exactly one Reference, URI=\"\" (the whole Envelope).";
        }

        if (!DigestMethods.Contains(reference.DigestMethod ?? ""))
        {
            return "Digest method not accepted; use SHA-256 (or SHA-384/512).";
        }

        var transforms = new List<string>(reference.TransformChain.Count);
        for (var i = 0; i < reference.TransformChain.Count; i++)
        {
            transforms.Add(reference.TransformChain[i].Algorithm ?? "");
        }

        if (!transforms.Contains(SignedXml.XmlDsigEnvelopedSignatureTransformUrl, StringComparer.Ordinal) || transforms.Exists(t => !Transforms.Contains(t)))
        {
            return "Transforms not accepted; use enveloped-signature then exclusive canonicalization.";
        }

        return null;
    }

    private static bool IsRegistered(X509Certificate2 certificate, IReadOnlyCollection<string> registered)
    {
        var sha256 = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var sha1 = certificate.Thumbprint;
        return registered.Any(t =>
        {
            var normalised = t.Replace(":", "", StringComparison.Ordinal).Trim();
            return string.Equals(normalised, sha256, StringComparison.OrdinalIgnoreCase) || string.Equals(normalised, sha1, StringComparison.OrdinalIgnoreCase);
        });
    }

    // What SignedXml throws on a hostile or broken signature (bad base64, undecodable certificate, unknown algorithm…).
    private static bool IsMalformed(Exception ex) =>
        ex is CryptographicException or FormatException or XmlException or ArgumentException or InvalidCastException or NotSupportedException or InvalidOperationException;

    private static SignatureCheck Refuse(string code, string reason) => new(null, new CustomsFault(code, reason));
}
