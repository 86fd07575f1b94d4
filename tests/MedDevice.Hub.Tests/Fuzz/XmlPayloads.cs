using System.Text;

namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>XML bodies a partner might send to a JSON feed, or a later XML feed must survive: random, bombs, DTDs.</summary>
internal static class XmlPayloads
{
    private const string Bomb = """<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;&d;&d;&d;</l>""";
    private const string ExternalEntity = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Device>&x;</Device>""";
    private const string ExternalDtd = """<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://127.0.0.1:1/x.dtd"><Device/>""";

    public static byte[] Next(Random random) => Encoding.UTF8.GetBytes(random.Next(5) switch
    {
        0 => Bomb,
        1 => ExternalEntity,
        2 => ExternalDtd,
        3 => string.Concat(Enumerable.Repeat("<e>", random.Next(10, 5_000))),
        _ => RandomDocument(random),
    });

    private static string RandomDocument(Random random)
    {
        var text = new StringBuilder("<?xml version=\"1.0\"?>");
        var open = new Stack<string>();
        for (var i = random.Next(1, 60); i > 0; i--)
        {
            switch (random.Next(4))
            {
                case 0:
                    var name = "n" + random.Next(20);
                    text.Append('<').Append(name).Append(" a=\"").Append(JsonMutations.RandomText(random, 8).Replace("\"", "", StringComparison.Ordinal)).Append("\">");
                    open.Push(name);
                    break;
                case 1 when open.Count > 0:
                    text.Append("</").Append(open.Pop()).Append('>');
                    break;
                case 2:
                    text.Append(JsonMutations.RandomText(random, 20));
                    break;
                default:
                    text.Append("<![CDATA[").Append(JsonMutations.RandomText(random, 10)).Append("]]>");
                    break;
            }
        }

        while (open.Count > 0 && random.Next(4) != 0)
        {
            text.Append("</").Append(open.Pop()).Append('>');
        }

        return text.ToString();
    }
}
