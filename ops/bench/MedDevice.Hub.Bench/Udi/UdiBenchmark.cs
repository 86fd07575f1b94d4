using System.Diagnostics;
using System.Text.Json;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Bench.Udi;

/// <summary>
/// UDI parse throughput on one core and bytes allocated per parse, for GS1 element strings alone and for a
/// mixed GS1/HIBCC/ICCBBA corpus. Prints one JSON object; medians over several rounds.
/// </summary>
internal static class UdiBenchmark
{
    private const char Gs = '\u001d';

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly string[] Gs1Corpus =
    [
        $"]d201087176482002741727123110A1{Gs}21SN0001",
        $"01087176482002741727123110LOT-7781{Gs}21X9Y8Z7",
        "]d2010871764820027417271231",
        $"]C10100614141999996172612001012345{Gs}2100001",
        $"0104150123456782112501311726113010ABC{Gs}21A1B2C3D4",
    ];

    private static readonly string[] OtherCorpus =
    [
        "+A123ABCDEFGHI1234567891/$$420020216LOT123456789012345/SXYZ456789012345678/16D20130202$",
        "+E203PB414109/$$8243280112R00089525J",
        "=/A9999XYZ100T0944=,000025=A99971312345600=>014032=}013032&,1000000000000XYZ123",
    ];

    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 2.0;
        var parser = new UdiParser();
        foreach (var text in Gs1Corpus.Concat(OtherCorpus))
        {
            if (!parser.Parse(text).Ok)
            {
                Console.Error.WriteLine($"bench corpus entry does not parse: {text.Replace(Gs, '^')}");
                return 1;
            }
        }

        var mixed = Gs1Corpus.Concat(OtherCorpus).ToArray();
        var gs1 = Measure(parser, Gs1Corpus, seconds);
        var all = Measure(parser, mixed, seconds);
        var baseline = MeasureResultOnly(Gs1Corpus.Length);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            mode = "udi",
            cores = 1,
            roundsPerCorpus = 5,
            secondsPerRound = seconds,
            gs1ElementString = gs1,
            mixedGs1HibccIsbt = all,
            targetGs1ParsesPerSecond = 1_000_000,
            emptyResultObjectBytes = baseline,
        }, Indented));
        return 0;
    }

    private static object Measure(UdiParser parser, string[] corpus, double seconds)
    {
        for (var i = 0; i < 200_000; i++)
        {
            parser.Parse(corpus[i % corpus.Length]);
        }

        var rates = new List<double>();
        var bytes = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            long count = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                for (var i = 0; i < 10_000; i++)
                {
                    parser.Parse(corpus[i % corpus.Length]);
                }

                count += 10_000;
            }

            watch.Stop();
            rates.Add(count / watch.Elapsed.TotalSeconds);
            bytes.Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)count);
        }

        return new { parsesPerSecondMedian = Math.Round(Median(rates)), parsesPerSecondMin = Math.Round(rates.Min()), parsesPerSecondMax = Math.Round(rates.Max()), bytesAllocatedPerParseMedian = Math.Round(Median(bytes), 1) };
    }

    private static double MeasureResultOnly(int n)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < n; i++)
        {
            GC.KeepAlive(new UdiParseResult());
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
