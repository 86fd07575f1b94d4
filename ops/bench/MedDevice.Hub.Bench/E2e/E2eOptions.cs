using System.Globalization;

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
    public static E2eOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new E2eOptions { Pg = Environment.GetEnvironmentVariable(PostgresVariable) };
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--db" when value is "sqlite" or "postgres" => options with { Db = value },
                "--duration" => options with { DurationSeconds = Positive(args[i], value) },
                "--rate" => options with { Rate = int.Parse(value, CultureInfo.InvariantCulture) },
                "--producers" => options with { Producers = Positive(args[i], value) },
                "--devices" => options with { Devices = Positive(args[i], value) },
                "--drain" => options with { DrainSeconds = Positive(args[i], value) },
                "--pg" => options with { Pg = value },
                _ => throw new ArgumentException($"unknown option or value: {args[i]} {value}"),
            };
            i++;
        }

        if (options.Db == "postgres" && string.IsNullOrWhiteSpace(options.Pg))
        {
            throw new ArgumentException($"--db postgres needs --pg \"<connection string>\" or {PostgresVariable}");
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer");
}
