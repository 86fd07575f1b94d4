using System.Globalization;
using MedDevice.Hub.Bench.E2e;

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

    /// <summary>Server connection string for postgres.</summary>
    public string? Pg { get; init; }

    /// <summary>Parses <c>--db --duration --warmup --rate --concurrency --lines --registry --pg</c>.</summary>
    public static CustomsBenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new CustomsBenchOptions { Pg = Environment.GetEnvironmentVariable(E2eOptions.PostgresVariable) };
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--db" when value is "sqlite" or "postgres" => options with { Db = value },
                "--duration" => options with { DurationSeconds = Positive(args[i], value) },
                "--warmup" => options with { WarmupSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = int.Parse(value, CultureInfo.InvariantCulture) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--lines" when int.Parse(value, CultureInfo.InvariantCulture) is >= 1 and <= 50 => options with { Lines = int.Parse(value, CultureInfo.InvariantCulture) },
                "--registry" when int.Parse(value, CultureInfo.InvariantCulture) >= 8 => options with { Registry = int.Parse(value, CultureInfo.InvariantCulture) },
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

    private static int Positive(string name, string value)
    {
        var parsed = int.Parse(value, CultureInfo.InvariantCulture);
        return parsed > 0 ? parsed : throw new ArgumentException($"{name} must be positive");
    }
}
