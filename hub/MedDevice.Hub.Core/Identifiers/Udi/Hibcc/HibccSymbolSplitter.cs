namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>
/// Finds symbol boundaries in scanned HIBC data. Linear (1D) symbols may arrive concatenated in one string
/// (<c>+A123BJC5D6E71G+$$52001510X3GD</c>); '+' is both the start of a symbol and a possible check or link
/// character, so the boundaries are chosen where the mod 43 check characters and link characters hold.
/// </summary>
internal static class HibccSymbolSplitter
{
    /// <summary>Smallest primary symbol: '+', 4-character LIC, 1-character PCN, UOM, check character.</summary>
    public const int MinPrimaryLength = 8;

    /// <summary>Smallest secondary symbol: '+', one data character, link character, check character.</summary>
    public const int MinSecondaryLength = 4;

    private const int Invalid = int.MaxValue;

    /// <summary>
    /// Chooses the check character position of a linear primary symbol starting at <paramref name="start"/>.
    /// <paramref name="alnumEnd"/> is the first non-alphanumeric position after the '+'. Returns -1 when too short.
    /// </summary>
    public static int FindPrimaryCheck(string text, int start, int alnumEnd, int end)
    {
        // Either the check character is the last alphanumeric one, or it is the non-alphanumeric character after it.
        var best = -1;
        var bestScore = -1;
        for (var check = alnumEnd - 1; check <= alnumEnd && check < end; check++)
        {
            if (check + 1 - start < MinPrimaryLength)
            {
                continue;
            }

            var next = check + 1;
            var score = (next == end || (text[next] == '+' && end - next >= MinSecondaryLength) ? 4 : 0)
                + (HibccCheckCharacter.Compute(text.AsSpan(start, check - start)) == text[check] ? 2 : 0)
                + (char.IsAsciiDigit(text[check - 1]) ? 1 : 0);
            // On a tie the later candidate wins: when the alphanumeric reading is right, the other one cannot be
            // followed by a symbol, because secondary data never starts with '+'.
            if (score >= bestScore)
            {
                best = check;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// Splits <c>text[from..end)</c> (starting with '+') into secondary symbols, preferring boundaries where every
    /// symbol's check character and link character are right, then more symbols (two valid symbols read as one
    /// also look valid about once in 43 cases, because the second one ends with the right link character).
    /// </summary>
    public static List<Range> SplitSecondaries(string text, int from, int end, char link)
    {
        var symbols = new List<Range>(2);
        var n = end - from;
        if (n <= 0)
        {
            return symbols;
        }

        Span<int> prefix = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> cost = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> next = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + HibccCheckCharacter.ValueOf(text[from + i]);
        }

        cost[n] = 0;
        for (var a = n - 1; a >= 0; a--)
        {
            cost[a] = Invalid;
            if (text[from + a] != '+')
            {
                continue;
            }

            for (var b = a + MinSecondaryLength; b <= n; b++)
            {
                if ((b < n && text[from + b] != '+') || cost[b] == Invalid)
                {
                    continue;
                }

                var checkOk = HibccCheckCharacter.Alphabet[(prefix[b - 1] - prefix[a]) % 43] == text[from + b - 1];
                var candidate = cost[b] - 1 + (checkOk ? 0 : 1000) + (text[from + b - 2] == link ? 0 : 10);
                if (candidate < cost[a])
                {
                    cost[a] = candidate;
                    next[a] = b;
                }
            }
        }

        if (cost[0] == Invalid)
        {
            symbols.Add(new Range(from, end));
            return symbols;
        }

        for (var a = 0; a < n; a = next[a])
        {
            symbols.Add(new Range(from + a, from + next[a]));
        }

        return symbols;
    }
}
