using System.Globalization;
using MedDevice.Hub.Bench.E2e;

namespace MedDevice.Hub.Bench.Import;

/// <summary>Settings of an import run, from the command line.</summary>
public sealed record ImportBenchOptions
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public string Db { get; init; } = "sqlite";

    /// <summary>Devices to generate and import.</summary>
    public int Count { get; init; } = 100_000;

    /// <summary><c>ndjson</c> or <c>csv</c>.</summary>
    public string Format { get; init; } = "ndjson";

    /// <summary>Rows per transaction.</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Server connection string for postgres.</summary>
    public string? Pg { get; init; }

    /// <summary>Parses <c>--db --count --format --batch-size --pg</c>.</summary>
    public static ImportBenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new ImportBenchOptions { Pg = Environment.GetEnvironmentVariable(E2eOptions.PostgresVariable) };
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--db" when value is "sqlite" or "postgres" => options with { Db = value },
                "--count" => options with { Count = Positive(args[i], value) },
                "--format" when value is "ndjson" or "csv" => options with { Format = value },
                "--batch-size" => options with { BatchSize = Positive(args[i], value) },
                "--pg" => options with { Pg = value },
                _ => throw new ArgumentException($"unknown option or value: {args[i]} {value}"),
            };
            i++;
        }

        if (options.Db == "postgres" && string.IsNullOrWhiteSpace(options.Pg))
        {
            throw new ArgumentException($"--db postgres needs --pg \"<connection string>\" or {E2eOptions.PostgresVariable}");
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer");
}
