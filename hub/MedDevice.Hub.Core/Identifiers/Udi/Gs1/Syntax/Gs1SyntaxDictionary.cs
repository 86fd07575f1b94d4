using System.Reflection;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

/// <summary>
/// The GS1 syntax dictionary embedded in Core, loaded once. AIs are found through tables indexed by the
/// numeric value of their two, three or four digits, so lookups allocate nothing.
/// </summary>
internal sealed class Gs1SyntaxDictionary
{
    private const string ResourceName = "MedDevice.Hub.Core.gs1-syntax-dictionary.txt";

    private static readonly Lazy<Gs1SyntaxDictionary> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Gs1AiEntry?[] _two = new Gs1AiEntry?[100];
    private readonly Gs1AiEntry?[] _three = new Gs1AiEntry?[1000];
    private readonly Gs1AiEntry?[] _four = new Gs1AiEntry?[10000];

    private Gs1SyntaxDictionary(List<Gs1AiEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            TableFor(entry.Ai.Length)[Number(entry.Ai)] = entry;
        }
    }

    /// <summary>The shared instance.</summary>
    public static Gs1SyntaxDictionary Instance => Loaded.Value;

    /// <summary>All entries in dictionary order.</summary>
    public IReadOnlyList<Gs1AiEntry> Entries { get; }

    /// <summary>Finds the entry whose AI is exactly <paramref name="ai"/> (2 to 4 digits), or null.</summary>
    public Gs1AiEntry? Find(ReadOnlySpan<char> ai)
    {
        if (ai.Length is < 2 or > 4 || !IsDigits(ai))
        {
            return null;
        }

        return TableFor(ai.Length)[Number(ai)];
    }

    /// <summary>Finds the entry whose AI is a prefix of <paramref name="data"/> (GS1 AIs are prefix-free), or null.</summary>
    public Gs1AiEntry? FindPrefix(ReadOnlySpan<char> data)
    {
        for (var length = 2; length <= 4 && length <= data.Length; length++)
        {
            var candidate = data[..length];
            if (!IsDigits(candidate))
            {
                return null;
            }

            var entry = TableFor(length)[Number(candidate)];
            if (entry is not null)
            {
                return entry;
            }
        }

        return null;
    }

    private static Gs1SyntaxDictionary Load()
    {
        using var stream = typeof(Gs1SyntaxDictionary).GetTypeInfo().Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The GS1 syntax dictionary resource is missing from Core.");
        using var reader = new StreamReader(stream);
        return new Gs1SyntaxDictionary(Gs1SyntaxDictionaryReader.Read(reader.ReadToEnd()));
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if ((uint)(c - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private Gs1AiEntry?[] TableFor(int length) => length switch
    {
        2 => _two,
        3 => _three,
        _ => _four,
    };
}
