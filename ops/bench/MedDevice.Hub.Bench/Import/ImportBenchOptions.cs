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
    public int BatchSize { get; init; } = 20_000;

    /// <summary>Whether to measure the storage floor after the imports (<c>--floor on|off</c>).</summary>
    public bool Floor { get; init; } = true;

    /// <summary>Server connection string for postgres.</summary>
    public string? Pg { get; init; }

    /// <summary>Parses <c>--db --count --format --batch-size --floor --pg</c>.</summary>
    public static ImportBenchOptions Parse(IReadOnlyList<string> args) => BenchArgs.Parse(args, new ImportBenchOptions { Pg = BenchArgs.PostgresFromEnvironment() }, static (options, name, value) => name switch
    {
        "--db" when value is "sqlite" or "postgres" => options with { Db = value },
        "--count" => options with { Count = BenchArgs.Positive(name, value) },
        "--format" when value is "ndjson" or "csv" => options with { Format = value },
        "--batch-size" => options with { BatchSize = BenchArgs.Positive(name, value) },
        "--floor" when value is "on" or "off" => options with { Floor = value == "on" },
        "--pg" => options with { Pg = value },
        _ => null,
    }, static options => (options.Db, options.Pg));
}
