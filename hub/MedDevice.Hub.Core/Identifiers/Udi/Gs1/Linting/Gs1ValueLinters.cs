namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>Value linters: winding, yesno, zero, nonzero, nozeroprefix, hyphen, latitude, longitude, pieceoftotal, posinseqslash.</summary>
internal static class Gs1ValueLinters
{
    public static Gs1LintResult Winding(ReadOnlySpan<char> data) =>
        data is "0" or "1" or "9" ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.InvalidWindingDirection, data.Length);

    public static Gs1LintResult YesNo(ReadOnlySpan<char> data) =>
        data is "0" or "1" ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.NotZeroOrOne, data.Length);

    public static Gs1LintResult Zero(ReadOnlySpan<char> data) =>
        data is "0" ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.NotZero, data.Length);

    public static Gs1LintResult NonZero(ReadOnlySpan<char> data)
    {
        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(Gs1LintError.NonDigitCharacter, bad, 1);
        }

        return data.IndexOfAnyExcept('0') >= 0 ? Gs1LintResult.Ok : Gs1LintResult.Whole(Gs1LintError.IllegalZeroValue, data.Length);
    }

    public static Gs1LintResult NoZeroPrefix(ReadOnlySpan<char> data)
    {
        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(Gs1LintError.NonDigitCharacter, bad, 1);
        }

        return data.Length > 0 && data[0] == '0' ? new(Gs1LintError.IllegalZeroPrefix, 0, 1) : Gs1LintResult.Ok;
    }

    public static Gs1LintResult Hyphen(ReadOnlySpan<char> data) =>
        data.Length > 0 && data.IndexOfAnyExcept('-') < 0
            ? Gs1LintResult.Ok
            : Gs1LintResult.Whole(Gs1LintError.NotHyphen, data.Length);

    /// <summary>Ten digits not exceeding <paramref name="max"/>.</summary>
    public static Gs1LintResult Coordinate(ReadOnlySpan<char> data, long max, bool latitude)
    {
        if (data.Length != 10)
        {
            return Gs1LintResult.Whole(
                latitude ? Gs1LintError.LatitudeInvalidLength : Gs1LintError.LongitudeInvalidLength, data.Length);
        }

        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(Gs1LintError.NonDigitCharacter, bad, 1);
        }

        return long.Parse(data, System.Globalization.CultureInfo.InvariantCulture) > max
            ? Gs1LintResult.Whole(latitude ? Gs1LintError.InvalidLatitude : Gs1LintError.InvalidLongitude, 10)
            : Gs1LintResult.Ok;
    }

    /// <summary>Piece number and total of equal length, both non-zero, piece not above total.</summary>
    public static Gs1LintResult PieceOfTotal(ReadOnlySpan<char> data)
    {
        if (data.Length == 0 || data.Length % 2 != 0)
        {
            return Gs1LintResult.Whole(Gs1LintError.InvalidLengthForPieceOfTotal, data.Length);
        }

        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(Gs1LintError.NonDigitCharacter, bad, 1);
        }

        var half = data.Length / 2;
        var piece = data[..half];
        var total = data[half..];
        if (piece.IndexOfAnyExcept('0') < 0)
        {
            return new(Gs1LintError.ZeroPieceNumber, 0, half);
        }

        if (total.IndexOfAnyExcept('0') < 0)
        {
            return new(Gs1LintError.ZeroTotalPieces, half, half);
        }

        return piece.SequenceCompareTo(total) > 0
            ? Gs1LintResult.Whole(Gs1LintError.PieceNumberExceedsTotal, data.Length)
            : Gs1LintResult.Ok;
    }

    /// <summary>"pos/end" with positive numbers without leading zeros and pos not above end.</summary>
    public static Gs1LintResult PositionInSequence(ReadOnlySpan<char> data)
    {
        var slash = data.IndexOf('/');
        if (slash <= 0 || slash == data.Length - 1)
        {
            return Gs1LintResult.Whole(Gs1LintError.PositionInSequenceMalformed, data.Length);
        }

        var pos = data[..slash];
        var end = data[(slash + 1)..];
        if (Gs1CharacterSets.IndexOfNonDigit(pos) >= 0 || Gs1CharacterSets.IndexOfNonDigit(end) >= 0)
        {
            return Gs1LintResult.Whole(Gs1LintError.PositionInSequenceMalformed, data.Length);
        }

        if (pos[0] == '0')
        {
            return new(Gs1LintError.IllegalZeroPrefix, 0, slash);
        }

        if (end[0] == '0')
        {
            return new(Gs1LintError.IllegalZeroPrefix, slash + 1, end.Length);
        }

        var exceeds = pos.Length > end.Length || (pos.Length == end.Length && pos.SequenceCompareTo(end) > 0);
        return exceeds ? Gs1LintResult.Whole(Gs1LintError.PositionExceedsEnd, data.Length) : Gs1LintResult.Ok;
    }
}
