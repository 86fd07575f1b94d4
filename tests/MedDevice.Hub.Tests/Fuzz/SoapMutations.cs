using System.Text;

namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>Seeded mutations of a valid, signed customs SOAP message: byte flips, cuts, deleted and duplicated elements, injected markup.</summary>
internal static class SoapMutations
{
    private static readonly string[] Injections =
    [
        "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "]]>", "<![CDATA[x]]>", "<?pi x?>", "<Line/>", "<UDI></UDI>", "<STT>99</STT>", "\u0000", "\uFFFE",
        "<soap:Header xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"/>", "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"/>",
    ];

    public static (string Kind, byte[] Body) Mutate(Random random, byte[] valid)
    {
        var text = Encoding.UTF8.GetString(valid);
        return random.Next(10) switch
        {
            0 => ("unchanged", valid),
            1 => ("flipped-bytes", Flip(random, valid)),
            2 => ("cut", valid[..random.Next(valid.Length)]),
            3 => ("deleted-element", Encoding.UTF8.GetBytes(DeleteElement(random, text))),
            4 => ("duplicated-element", Encoding.UTF8.GetBytes(DuplicateElement(random, text))),
            5 => ("injected", Encoding.UTF8.GetBytes(text.Insert(random.Next(text.Length), Injections[random.Next(Injections.Length)]))),
            6 => ("changed-value", Encoding.UTF8.GetBytes(ChangeValue(random, text))),
            7 => ("xml", XmlPayloads.Next(random)),
            8 => ("nested", Encoding.UTF8.GetBytes(text.Replace("<soap:Body>", "<soap:Body>" + string.Concat(Enumerable.Repeat("<a>", random.Next(50, 200))), StringComparison.Ordinal))),
            _ => ("random-text", Encoding.UTF8.GetBytes(JsonMutations.RandomText(random, 400))),
        };
    }

    private static byte[] Flip(Random random, byte[] valid)
    {
        var bytes = (byte[])valid.Clone();
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static (int Start, int End) ElementAt(Random random, string text)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var start = text.IndexOf('<', random.Next(text.Length));
            if (start < 0 || start + 1 >= text.Length || text[start + 1] is '/' or '?' or '!')
            {
                continue;
            }

            var nameEnd = text.IndexOfAny([' ', '>', '/'], start + 1);
            if (nameEnd < 0)
            {
                continue;
            }

            var close = text.IndexOf("</" + text[(start + 1)..nameEnd] + ">", start, StringComparison.Ordinal);
            if (close > 0)
            {
                return (start, close + nameEnd - start + 2);
            }
        }

        return (0, 0);
    }

    private static string DeleteElement(Random random, string text)
    {
        var (start, end) = ElementAt(random, text);
        return text.Remove(start, end - start);
    }

    private static string DuplicateElement(Random random, string text)
    {
        var (start, end) = ElementAt(random, text);
        return text.Insert(end, text[start..end]);
    }

    private static string ChangeValue(Random random, string text)
    {
        var (start, end) = ElementAt(random, text);
        var open = text.IndexOf('>', start) + 1;
        var close = text.LastIndexOf('<', Math.Max(open, end - 1));
        return open <= 0 || close <= open ? text : string.Concat(text.AsSpan(0, open), JsonMutations.RandomText(random, 30).Replace("<", "", StringComparison.Ordinal), text.AsSpan(close));
    }
}
