
namespace MedDevice.Hub.Bench.E2e;

/// <summary>Settings of an e2e run, from the command line.</summary>
public sealed record E2eOptions
{
    /// <summary>Environment variable with an Npgsql connection string to a server (database <c>postgres</c>).</summary>
    public const string PostgresVariable = "MEDDEVICE_BENCH_POSTGRES";

    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public string Db { get; init; } = "sqlite";

    /// <summary>Load duration in seconds.</summary>
    public int DurationSeconds { get; init; } = 60;

    /// <summary>Target rate in messages per second; 0 = as fast as the producers go.</summary>
    public int Rate { get; init; }

    /// <summary>Concurrent producer connections.</summary>
    public int Producers { get; init; } = 64;

    /// <summary>Distinct devices (ordering keys) the messages are spread over.</summary>
    public int Devices { get; init; } = 10_000;

    /// <summary>Longest wait for the backlog after the load stops, in seconds.</summary>
    public int DrainSeconds { get; init; } = 120;

    /// <summary>Server connection string for postgres.</summary>
    public string? Pg { get; init; }

    /// <summary>Parses <c>--db --duration --rate --producers --devices --drain --pg</c>.</summary>
    public static E2eOptions Parse(IReadOnlyList<string> args) => BenchArgs.Parse(args, new E2eOptions { Pg = BenchArgs.PostgresFromEnvironment() }, static (options, name, value) => name switch
    {
        "--db" when value is "sqlite" or "postgres" => options with { Db = value },
        "--duration" => options with { DurationSeconds = BenchArgs.Positive(name, value) },
        "--rate" => options with { Rate = BenchArgs.Integer(name, value) },
        "--producers" => options with { Producers = BenchArgs.Positive(name, value) },
        "--devices" => options with { Devices = BenchArgs.Positive(name, value) },
        "--drain" => options with { DrainSeconds = BenchArgs.Positive(name, value) },
        "--pg" => options with { Pg = value },
        _ => null,
    }, static options => (options.Db, options.Pg));
}
