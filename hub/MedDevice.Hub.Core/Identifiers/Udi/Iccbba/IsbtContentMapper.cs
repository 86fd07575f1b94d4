namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>Validates one data structure's content and maps it onto the UDI fields.</summary>
internal static class IsbtContentMapper
{
    public static void Apply(IsbtDataStructure structure, string value, int position, IsbtResultBuilder result)
    {
        switch (structure.Kind)
        {
            case IsbtContentKind.DeviceIdentifier:
                result.SetDi(value, position);
                break;
            case IsbtContentKind.FallbackDeviceIdentifier:
                result.SetFallbackDi(value, position);
                break;
            case IsbtContentKind.Serial:
                result.SetSerial(value, position);
                break;
            case IsbtContentKind.Lot:
                result.SetLot(value, position);
                break;
            case IsbtContentKind.FallbackLot:
                result.SetFallbackLot(value, position);
                break;
            case IsbtContentKind.ExpiryDate or IsbtContentKind.ExpiryDateTime:
                if (TryDate(structure, value, position, result, out var expiry))
                {
                    result.SetExpiry(expiry, position);
                }

                break;
            case IsbtContentKind.ProductionDate or IsbtContentKind.ProductionDateTime:
                if (TryDate(structure, value, position, result, out var produced))
                {
                    result.SetManufactured(produced, position);
                }

                break;
            case IsbtContentKind.OtherDate or IsbtContentKind.OtherDateTime:
                TryDate(structure, value, position, result, out _);
                break;
            case IsbtContentKind.YearMonth when !IsbtDates.IsValidYearMonth(value):
                result.Error(IsbtErrorCodes.InvalidDate, "Invalid yyyymm month.", position);
                break;
            case IsbtContentKind.Din:
                VerifyDinFlags(value, position, result);
                break;
            default:
                break;
        }
    }

    private static bool TryDate(IsbtDataStructure structure, string value, int position, IsbtResultBuilder result, out DateOnly date)
    {
        var withTime = structure.Kind is IsbtContentKind.ExpiryDateTime or IsbtContentKind.ProductionDateTime or IsbtContentKind.OtherDateTime;
        if (value.Length != structure.Length || !IsbtDates.TryDecodeJulian(value.AsSpan(0, 6), out date))
        {
            date = default;
            result.Error(IsbtErrorCodes.InvalidDate, "Invalid cyyjjj date.", position);
            return false;
        }

        if (withTime && !IsbtDates.IsValidTime(value.AsSpan(6, 4)))
        {
            result.Error(IsbtErrorCodes.InvalidDate, "Invalid hhmm time.", position + 6);
            return false;
        }

        return true;
    }

    /// <summary>Type 3 flags (60–96) hold 60 + the mod 37-2 check value of the 13-character DIN.</summary>
    private static void VerifyDinFlags(string value, int position, IsbtResultBuilder result)
    {
        if (value.Length != 15 || !char.IsAsciiDigit(value[13]) || !char.IsAsciiDigit(value[14]))
        {
            return;
        }

        var flags = ((value[13] - '0') * 10) + (value[14] - '0');
        if (flags is < 60 or > 96)
        {
            return;
        }

        var expected = IsbtDinCheckCharacter.ComputeValue(value.AsSpan(0, IsbtDinCheckCharacter.DinLength));
        if (flags - 60 != expected)
        {
            result.LenientFailure(
                IsbtErrorCodes.DinCheckMismatch,
                $"DIN check flags did not match: expected {60 + expected} (check character '{IsbtDinCheckCharacter.Alphabet[expected]}') but got {flags}.",
                position + 13);
        }
    }
}
