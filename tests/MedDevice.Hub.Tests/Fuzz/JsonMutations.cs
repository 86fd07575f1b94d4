using System.Text;
using MedDevice.Hub.Tests.Infrastructure;

namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>Valid Device JSON and the ways it gets broken: byte flips, truncation, nesting, huge strings, wrong types, bad UTF-8.</summary>
internal static class JsonMutations
{
    private static readonly string[] WrongTypes =
    [
        """{"resourceType":"Device","udiCarrier":"08717648200274","status":"active"}""",
        """{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":5}],"status":true}""",
        """{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"0871"}],"deviceName":{"name":[1,2]}}""",
        """{"resourceType":"Device","udiCarrier":[null],"identifier":[{"system":null,"value":{}}]}""",
        """{"resourceType":7}""", """{"resourceType":null}""", "[]", "null", "0", "\"Device\"", "{}",
        """{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"1e400"}],"manufactureDate":"2025-13-45T99:99"}""",
        """{"resourceType":"Device","resourceType":"Patient","udiCarrier":[{"deviceIdentifier":"1"}]}""",
        """{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"1","carrierAIDC":"!!notbase64!!"}]}""",
        """{"resourceType":"Device","contained":[{"resourceType":"Device","contained":[{"resourceType":"Bundle","entry":[{}]}]}],"udiCarrier":[{"deviceIdentifier":"1"}]}""",
        """{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"1"}],"quantity":-1e308,"_status":{"id":[]}}""",
    ];

    public static string Valid(Random random, string udi) =>
        DeviceJson.WithUdi(Escape(udi), random.Next(3) == 0 ? "Máy thở " + random.Next() : "Bơm tiêm");

    public static byte[] Mutate(Random random, string udi)
    {
        var bytes = Encoding.UTF8.GetBytes(Valid(random, udi));
        return random.Next(8) switch
        {
            0 => Flip(random, bytes),
            1 => bytes[..random.Next(bytes.Length)],
            2 => Encoding.UTF8.GetBytes(Nested(random)),
            3 => Encoding.UTF8.GetBytes(HugeString(random, udi)),
            4 => Encoding.UTF8.GetBytes(WrongTypes[random.Next(WrongTypes.Length)]),
            5 => InvalidUtf8(random, bytes),
            6 => Encoding.UTF8.GetBytes(Valid(random, udi).Replace("active", Escape(RandomText(random, 50)), StringComparison.Ordinal)),
            _ => Flip(random, Flip(random, bytes)),
        };
    }

    private static byte[] Flip(Random random, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = random.Next(1, 6); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static string Nested(Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(50, 80) : random.Next(100, 20_000);
        var open = random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var inner = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        return $$"""{"resourceType":"Device","udiCarrier":[{"deviceIdentifier":"1"}],"extension":[{"url":"x","valueString":{{inner}}}]}""";
    }

    private static string HugeString(Random random, string udi)
    {
        var size = random.Next(3) == 0 ? random.Next(300_000, 600_000) : random.Next(10_000, 200_000);
        return DeviceJson.WithUdi(Escape(udi), new string((char)('a' + random.Next(26)), size));
    }

    private static byte[] InvalidUtf8(Random random, byte[] bytes)
    {
        byte[][] bad = [[0xC0, 0xAF], [0xFF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];
        var at = random.Next(bytes.Length);
        return [.. bytes[..at], .. bad[random.Next(bad.Length)], .. bytes[at..]];
    }

    internal static string RandomText(Random random, int length)
    {
        var chars = new char[random.Next(length + 1)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0x20, 0x7F);
        }

        return new string(chars);
    }

    private static string Escape(string text)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(text);
        return json[1..^1];
    }
}
