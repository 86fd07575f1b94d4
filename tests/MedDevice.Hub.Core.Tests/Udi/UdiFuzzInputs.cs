using System.Text;
using System.Text.Json;
using MedDevice.Hub.Core.Tests.Udi.Hibcc;

namespace MedDevice.Hub.Core.Tests.Udi;

/// <summary>Seeded random and mutated UDI strings built from the shared vectors (GS1, HIBCC, ISBT 128).</summary>
internal sealed class UdiFuzzInputs
{
    private static readonly string[] VectorFiles =
    [
        "udi/gs1/api_end_to_end.jsonl", "udi/gs1/ai_parse_bracketed.jsonl", "udi/gs1/ai_process_fnc1.jsonl",
        "udi/gs1/scandata.jsonl", "udi/gs1/digital_link.jsonl", "udi/gs1/ai_linter_errors.jsonl",
        "udi/hibcc/hibc_vectors_barcodeparserbuilder.jsonl", "udi/hibcc/hibc_vectors_official_examples.jsonl",
        "udi/isbt/isbt128_vectors.jsonl",
    ];

    private static readonly string[] Prefixes = ["", "]d2", "]C1", "]Q3", "]e0", "]d1", "(01)", "01", "^01", "+", "+$", "+$$", "=/", "=", "&", "https://id.gs1.org/01/", "http://x/01/"];

    private static readonly string[] Pieces =
    [
        "(", ")", "^", "\u001d", "\u001e", "\u0004", "+", "$", "$$", "/", "/S", "/16D", "=", "=/", "=,", "&,1", "01", "10", "17", "21", "8003",
        "(01)", "(17)", "(10)", "(21)", "(99)", "%", "%2F", "?", "#", "\\(", "\0", "é", "Đ", "\uD83D\uDE00", "\uD800", "\uDC00", " ", "\t", "\r\n",
        "999999", "000000", "991332", "A", "Z", "-", ".",
    ];

    private readonly Random _random;
    private readonly List<string> _seeds;

    public UdiFuzzInputs(int seed)
    {
        _random = new Random(seed);
        _seeds = LoadSeeds();
    }

    public int SeedCount => _seeds.Count;

    /// <summary>The next input: a mutated vector most of the time, else a random concatenation of pieces.</summary>
    public string Next() => _random.Next(10) switch
    {
        < 7 => Mutate(_seeds[_random.Next(_seeds.Count)]),
        < 9 => RandomPieces(),
        _ => RandomChars(_random.Next(0, 300)),
    };

    private string Mutate(string seed)
    {
        var text = new StringBuilder(seed);
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            var at = _random.Next(text.Length + 1);
            switch (_random.Next(8))
            {
                case 0 when text.Length > 0:
                    text[Math.Min(at, text.Length - 1)] = (char)_random.Next(0, 0x250);
                    break;
                case 1:
                    text.Insert(at, Pieces[_random.Next(Pieces.Length)]);
                    break;
                case 2 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + _random.Next(5), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 3:
                    text.Length = at;
                    break;
                case 4:
                    text.Insert(at, text.ToString(0, at));
                    break;
                case 5:
                    text.Insert(0, Prefixes[_random.Next(Prefixes.Length)]);
                    break;
                case 6:
                    text.Append(_seeds[_random.Next(_seeds.Count)]);
                    break;
                default:
                    text.Insert(at, new string((char)('0' + _random.Next(10)), _random.Next(1, 120)));
                    break;
            }
        }

        return text.ToString();
    }

    private string RandomPieces()
    {
        var text = new StringBuilder(Prefixes[_random.Next(Prefixes.Length)]);
        var count = _random.Next(0, 25);
        for (var i = 0; i < count; i++)
        {
            text.Append(_random.Next(3) == 0 ? RandomChars(_random.Next(1, 12)) : Pieces[_random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private string RandomChars(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = _random.Next(4) == 0 ? (char)_random.Next(0, 0x10000) : (char)_random.Next(0x20, 0x7F);
        }

        return new string(chars);
    }

    private static List<string> LoadSeeds()
    {
        var seeds = new List<string>();
        foreach (var file in VectorFiles)
        {
            foreach (var (_, json) in UdiVectorFiles.ReadLines(file))
            {
                var line = UdiVectorFiles.Parse(json);
                foreach (var name in new[] { "input", "barcode", "udi", "expected" })
                {
                    if (line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                    {
                        seeds.Add(text);
                        if (text.StartsWith('^'))
                        {
                            seeds.Add("]d2" + text[1..].Replace('^', '\u001d'));
                        }
                    }
                }
            }
        }

        return seeds;
    }
}
