namespace MedDevice.Sandbox.Data.Registry;

/// <summary>Stateless, stable pseudo-random choices from an index (SplitMix64 finaliser): same index, same value, in every process.</summary>
internal static class SyntheticHash
{
    /// <summary>A well-mixed 64-bit value for <paramref name="index"/> and a per-choice <paramref name="salt"/>.</summary>
    public static ulong Mix(long index, ulong salt)
    {
        var z = unchecked((ulong)index * 0x9E3779B97F4A7C15UL + salt * 0xBF58476D1CE4E5B9UL + 0x94D049BB133111EBUL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="range"/>).</summary>
    public static int Pick(long index, ulong salt, int range) => (int)(Mix(index, salt) % (ulong)range);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public static bool Chance(long index, ulong salt, int percent) => Pick(index, salt, 100) < percent;
}
