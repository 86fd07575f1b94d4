using System.Security.Cryptography.X509Certificates;
using MedDevice.Adapters.Customs.Declaration;
using MedDevice.Adapters.Customs.Envelope;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Requests;

/// <summary>Writes a customs request as customs would send it: the declaration in a signed NSW envelope in SOAP 1.1.</summary>
public static class DeclarationRequestWriter
{
    /// <summary>The function code of a function.</summary>
    public static string FunctionCode(CustomsFunction function) => function switch
    {
        CustomsFunction.Declare => CustomsCodes.FunctionDeclare,
        CustomsFunction.Amend => CustomsCodes.FunctionAmend,
        CustomsFunction.Cancel => CustomsCodes.FunctionCancel,
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "Unknown function."),
    };

    /// <summary>The request; unsigned when <paramref name="signer"/> is null (for tests of the missing-signature fault).</summary>
    public static byte[] Write(CustomsDeclaration declaration, CustomsFunction function, string messageId, NswParty from, NswParty to,
        DateTimeOffset sentAt, X509Certificate2? signer)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var addressing = new NswAddressing(messageId, from, to, CustomsCodes.TypeDeclaration, FunctionCode(function), declaration.Number, sentAt);
        return NswEnvelopeWriter.ToSoap(NswEnvelopeWriter.Create(addressing,
            (document, content) => DeclarationWriter.Write(document, content, declaration), signer));
    }
}
