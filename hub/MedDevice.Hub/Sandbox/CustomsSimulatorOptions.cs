using System.Globalization;

namespace MedDevice.Hub.Sandbox;

/// <summary>The customs simulator of the in-process sandbox (<c>Hub:Sandbox:Customs</c>; development profile only).</summary>
public sealed class CustomsSimulatorOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Hub:Sandbox:Customs";

    /// <summary>Default <see cref="Declarations"/>.</summary>
    public const int DefaultDeclarations = 20;

    /// <summary>Most declarations one run may send (the simulator is a demonstration, not a load generator: see ops/bench).</summary>
    public const int MaxDeclarations = 10_000;

    /// <summary>Default <see cref="Interval"/>.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(3);

    /// <summary>How many messages to send after start-up; 0 turns the simulator off.</summary>
    public int Declarations { get; set; } = DefaultDeclarations;

    /// <summary>The pause between two messages.</summary>
    public TimeSpan Interval { get; set; } = DefaultInterval;

    /// <summary>
    /// The declaration sequence of the first message (its ICN is <c>10</c> + the sequence in 9 digits + the amendment digit);
    /// null = taken from the start time, so a restarted hub receives new declarations.
    /// </summary>
    public long? FirstSequence { get; set; }

    /// <summary>The reasons the settings are unusable; empty when they are fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Declarations is < 0 or > MaxDeclarations)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:Declarations must be between 0 (off) and {MaxDeclarations}."));
        }

        if (Interval < TimeSpan.Zero || Interval > TimeSpan.FromHours(1))
        {
            problems.Add($"{SectionName}:Interval must be between 00:00:00 and 01:00:00.");
        }

        if (FirstSequence is < 0 or >= 1_000_000_000)
        {
            problems.Add($"{SectionName}:FirstSequence must have at most 9 digits.");
        }

        return problems;
    }
}
