using System.Text;

namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>Deterministic inbound requests: case <c>i</c> of seed <c>s</c> is always the same request.</summary>
internal sealed class InboundFuzzCases
{
    public const string Feed = "registry.device";
    public const string ApiKey = "fuzz-key";
    public const string ForbiddenApiKey = "other-key";

    private static readonly string[] UnknownFeeds = ["no.such.feed", "REGISTRY.DEVICE", "registry.device.", "customs.declaration", "..", "registry device", "%00", "ú"];
    private static readonly string?[] ContentTypes = ["application/fhir+json", "application/json", "application/xml", "text/plain", null, "application/json; charset=utf-16", "multipart/form-data; boundary=x", ";;;"];

    private readonly int _seed;
    private readonly IReadOnlyList<string> _udis;

    public InboundFuzzCases(int seed, IReadOnlyList<string> udis)
    {
        _seed = seed;
        _udis = udis;
    }

    public FuzzRequest Create(int index)
    {
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        var udi = Udi(random);
        var (kind, body) = random.Next(20) switch
        {
            < 4 => ("valid-json", Encoding.UTF8.GetBytes(JsonMutations.Valid(random, udi))),
            < 13 => ("mutated-json", JsonMutations.Mutate(random, udi)),
            < 16 => ("xml", XmlPayloads.Next(random)),
            < 18 => ("udi-text", Encoding.UTF8.GetBytes(udi)),
            < 19 => ("random-bytes", RandomBytes(random)),
            _ => ("empty", Array.Empty<byte>()),
        };

        return new FuzzRequest(index, kind, FeedFor(random), ApiKeyFor(random), IdempotencyKeyFor(random, index),
            ContentTypes[random.Next(ContentTypes.Length)], body, Chunked: random.Next(4) == 0);
    }

    private string Udi(Random random)
    {
        var udi = _udis[random.Next(_udis.Count)];
        if (random.Next(3) == 0 || udi.Length == 0)
        {
            return udi;
        }

        var chars = udi.ToCharArray();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            chars[random.Next(chars.Length)] = (char)random.Next(0, 0x180);
        }

        return random.Next(4) == 0 ? JsonMutations.RandomText(random, 60) : new string(chars);
    }

    private static string FeedFor(Random random) => random.Next(10) switch
    {
        < 8 => Feed,
        8 => UnknownFeeds[random.Next(UnknownFeeds.Length)],
        _ => JsonMutations.RandomText(random, 40) + (random.Next(20) == 0 ? new string('f', 10_000) : ""),
    };

    private static string? ApiKeyFor(Random random) => random.Next(20) switch
    {
        < 16 => ApiKey,
        16 => null,
        17 => ForbiddenApiKey,
        18 => "ApiKey " + JsonMutations.RandomText(random, 30),
        _ => "wrong",
    };

    private static string? IdempotencyKeyFor(Random random, int index) => random.Next(20) switch
    {
        < 14 => $"fuzz-{index}",
        14 => null,
        15 => "",
        16 => new string('k', random.Next(150, 8_000)),
        17 => new string('h', random.Next(40_000, 50_000)),
        18 => "duplicate-key",
        _ => JsonMutations.RandomText(random, 100).Trim(),
    };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 4_000)];
        random.NextBytes(bytes);
        return bytes;
    }
}
