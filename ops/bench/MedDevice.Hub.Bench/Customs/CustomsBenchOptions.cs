namespace MedDevice.Hub.Bench.Customs;

/// <summary>Settings of a customs run, from the command line.</summary>
public sealed record CustomsBenchOptions
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public string Db { get; init; } = "sqlite";

    /// <summary>Measured load in seconds.</summary>
    public int DurationSeconds { get; init; } = 10;

    /// <summary>Warm-up load in seconds (not measured).</summary>
    public int WarmupSeconds { get; init; } = 3;

    /// <summary>Declarations per second offered (open loop); 0 = as fast as <see cref="Concurrency"/> allows.</summary>
    public int Rate { get; init; } = 500;

    /// <summary>Most declarations in flight at once.</summary>
    public int Concurrency { get; init; } = 128;

    /// <summary>Lines per declaration.</summary>
    public int Lines { get; init; } = 10;

    /// <summary>Registry entries seeded (with reference prices and recalls).</summary>
    public int Registry { get; init; } = 200;

    /// <summary>Whether to measure the storage floor after the load (<c>--floor on|off</c>).</summary>
    public bool Floor { get; init; } = true;

    /// <summary>Server connection string for postgres.</summary>
    public string? Pg { get; init; }

    /// <summary>Parses <c>--db --duration --warmup --rate --concurrency --lines --registry --floor --pg</c>.</summary>
    public static CustomsBenchOptions Parse(IReadOnlyList<string> args) => BenchArgs.Parse(args, new CustomsBenchOptions { Pg = BenchArgs.PostgresFromEnvironment() }, static (options, name, value) => name switch
    {
        "--db" when value is "sqlite" or "postgres" => options with { Db = value },
        "--duration" => options with { DurationSeconds = BenchArgs.Positive(name, value) },
        "--warmup" => options with { WarmupSeconds = BenchArgs.Integer(name, value) },
        "--rate" => options with { Rate = BenchArgs.Integer(name, value) },
        "--concurrency" => options with { Concurrency = BenchArgs.Positive(name, value) },
        "--lines" when BenchArgs.Integer(name, value) is >= 1 and <= 50 => options with { Lines = BenchArgs.Integer(name, value) },
        "--registry" when BenchArgs.Integer(name, value) >= 8 => options with { Registry = BenchArgs.Integer(name, value) },
        "--floor" when value is "on" or "off" => options with { Floor = value == "on" },
        "--pg" => options with { Pg = value },
        _ => null,
    }, static options => (options.Db, options.Pg));
}
