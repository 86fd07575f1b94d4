using System.Globalization;
using MedDevice.Hub.Bench.E2e;

namespace MedDevice.Hub.Bench;

/// <summary>The command-line handling every benchmark mode shares: <c>--name value</c> pairs, positive integers, PostgreSQL.</summary>
internal static class BenchArgs
{
    /// <summary>
    /// Applies each <c>--name value</c> pair to <paramref name="options"/> (<paramref name="apply"/> answers null for an
    /// unknown name or a refused value), then requires a PostgreSQL connection when the options ask for that database.
    /// </summary>
    /// <exception cref="ArgumentException">A pair without value, an unknown option or value, or PostgreSQL without a connection string.</exception>
    public static T Parse<T>(IReadOnlyList<string> args, T options, Func<T, string, string, T?> apply, Func<T, (string Db, string? Pg)> database)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = apply(options, args[i], value) ?? throw new ArgumentException($"unknown option or value: {args[i]} {value}");
        }

        var (db, pg) = database(options);
        RequirePostgres(db, pg);
        return options;
    }

    /// <summary>The connection string from <see cref="E2eOptions.PostgresVariable"/>, if set.</summary>
    public static string? PostgresFromEnvironment() => Environment.GetEnvironmentVariable(E2eOptions.PostgresVariable);

    /// <summary>Refuses <c>--db postgres</c> without a connection string.</summary>
    public static void RequirePostgres(string db, string? pg)
    {
        if (db == "postgres" && string.IsNullOrWhiteSpace(pg))
        {
            throw new ArgumentException($"--db postgres needs --pg \"<connection string>\" or {E2eOptions.PostgresVariable}");
        }
    }

    /// <summary>A positive integer option value.</summary>
    public static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer");

    /// <summary>An integer option value.</summary>
    public static int Integer(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{name} must be an integer");
}
