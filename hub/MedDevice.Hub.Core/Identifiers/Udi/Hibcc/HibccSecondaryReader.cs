namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>
/// Reads HIBC secondary data: '/'-separated fields, each starting with a flag (<c>$</c>, <c>$+</c>, <c>$$…</c>,
/// <c>S</c>, <c>14D</c>, <c>16D</c>, <c>Q</c>) or, for the legacy secondary, with a YYJJJ date.
/// </summary>
internal sealed class HibccSecondaryReader(string text, HibccResultBuilder result, DateOnly today)
{
    /// <summary>Longest lot or serial number.</summary>
    public const int MaxFieldLength = 18;

    /// <summary>Reads the fields in <c>text[from..to)</c>.</summary>
    public void ReadFields(int from, int to)
    {
        var start = from;
        while (true)
        {
            var slash = text.AsSpan(start, to - start).IndexOf('/');
            var fieldEnd = slash < 0 ? to : start + slash;
            ReadField(start, fieldEnd);
            if (slash < 0)
            {
                return;
            }

            start = fieldEnd + 1;
        }
    }

    private void ReadField(int s, int e)
    {
        if (s >= e)
        {
            result.Error(HibccErrorCodes.EmptyField, "A secondary data field is empty.", s);
            return;
        }

        var field = text.AsSpan(s, e - s);
        switch (field[0])
        {
            case '$' when field.StartsWith("$$+"):
                ReadDated(s + 3, e, serial: true);
                break;
            case '$' when field.StartsWith("$$"):
                ReadDated(s + 2, e, serial: false);
                break;
            case '$' when field.StartsWith("$+"):
                ReadText(HibccElementIds.Serial, s + 2, e, serial: true);
                break;
            case '$':
                ReadText(HibccElementIds.Lot, s + 1, e, serial: false);
                break;
            case '1' when field.StartsWith("14D"):
                ReadFullDate(HibccElementIds.SupplementalExpiry, s + 3, e, expiry: true);
                break;
            case '1' when field.StartsWith("16D"):
                ReadFullDate(HibccElementIds.ManufactureDate, s + 3, e, expiry: false);
                break;
            case >= '0' and <= '9':
                // Legacy secondary: YYJJJ then the lot, no flag.
                if (ReadDate(HibccElementIds.ExpiryId(HibccDateFormat.YearJulian, serial: false), HibccDateFormat.YearJulian, s, e))
                {
                    ReadText(HibccElementIds.Lot, s + 5, e, serial: false);
                }

                break;
            case 'S':
                ReadText(HibccElementIds.SupplementalSerial, s + 1, e, serial: true);
                break;
            case 'Q':
                ReadQuantity(HibccElementIds.SupplementalQuantity, s + 1, e, minDigits: 1, maxDigits: 8);
                break;
            default:
                result.Error(HibccErrorCodes.UnknownFlag, $"Unknown secondary data flag '{field[0]}'.", s);
                break;
        }
    }

    /// <summary><c>$$</c> / <c>$$+</c>: optional quantity (<c>$$8</c>, <c>$$9</c>, lot only), a date layout, then lot or serial.</summary>
    private void ReadDated(int p, int e, bool serial)
    {
        if (p >= e)
        {
            result.Error(HibccErrorCodes.Truncated, "A date format or date is expected after '$$'.", p);
            return;
        }

        if (!serial && text[p] is '8' or '9')
        {
            var digits = text[p] == '8' ? 2 : 5;
            var id = text[p] == '8' ? HibccElementIds.QuantityTwoDigits : HibccElementIds.QuantityFiveDigits;
            if (!ReadQuantity(id, p + 1, e, digits, digits))
            {
                return;
            }

            p += 1 + digits;
            if (p >= e)
            {
                result.Error(HibccErrorCodes.Truncated, "A date format or lot is expected after the quantity.", p);
                return;
            }
        }

        if (text[p] == '7')
        {
            ReadText(serial ? HibccElementIds.SerialAlternative : HibccElementIds.LotAlternative, p + 1, e, serial);
            return;
        }

        if (HibccElementIds.FormatFromIndicator(text[p]) is not { } format)
        {
            result.Error(HibccErrorCodes.UnknownFlag, $"Unknown date format character '{text[p]}'.", p);
            return;
        }

        var dateStart = format == HibccDateFormat.MonthYear ? p : p + 1;
        if (ReadDate(HibccElementIds.ExpiryId(format, serial), format, dateStart, e))
        {
            var rest = dateStart + HibccDates.LengthOf(format);
            ReadText(serial ? HibccElementIds.Serial : HibccElementIds.Lot, rest, e, serial);
        }
    }

    private bool ReadDate(string id, HibccDateFormat format, int s, int e)
    {
        var length = HibccDates.LengthOf(format);
        if (e - s < length)
        {
            result.Error(HibccErrorCodes.InvalidDate, $"A {HibccDates.PatternOf(format)} date is expected.", s);
            return false;
        }

        var raw = text.AsSpan(s, length);
        if (!HibccDates.TryDecode(raw, format, today, out var date))
        {
            result.Error(HibccErrorCodes.InvalidDate, $"Invalid {HibccDates.PatternOf(format)} date.", s);
            return false;
        }

        result.Add(id, raw.ToString());
        result.SetExpiry(date, s);
        return true;
    }

    private void ReadFullDate(string id, int s, int e, bool expiry)
    {
        var length = HibccDates.LengthOf(HibccDateFormat.FullYearMonthDay);
        if (e - s != length || !HibccDates.TryDecode(text.AsSpan(s, length), HibccDateFormat.FullYearMonthDay, today, out var date))
        {
            result.Error(HibccErrorCodes.InvalidDate, "A YYYYMMDD date is expected.", s);
            return;
        }

        result.Add(id, text.Substring(s, length));
        if (expiry)
        {
            result.SetExpiry(date, s);
        }
        else
        {
            result.SetManufactured(date, s);
        }
    }

    private bool ReadQuantity(string id, int s, int e, int minDigits, int maxDigits)
    {
        var available = e - s;
        var length = Math.Min(available, maxDigits);
        if (length < minDigits || length == 0 || text.AsSpan(s, length).ContainsAnyExceptInRange('0', '9'))
        {
            result.Error(HibccErrorCodes.InvalidQuantity, $"A quantity of {minDigits}–{maxDigits} digits is expected.", s);
            return false;
        }

        if (id == HibccElementIds.SupplementalQuantity && available > maxDigits)
        {
            result.Error(HibccErrorCodes.InvalidQuantity, $"A quantity has at most {maxDigits} digits.", s);
            return false;
        }

        result.Add(id, text.Substring(s, length));
        return true;
    }

    private void ReadText(string id, int s, int e, bool serial)
    {
        if (e - s > MaxFieldLength)
        {
            result.Error(HibccErrorCodes.FieldTooLong, $"A {(serial ? "serial" : "lot")} number has at most {MaxFieldLength} characters.", s);
            return;
        }

        var value = text.Substring(s, e - s);
        result.Add(id, value);
        if (value.Length == 0)
        {
            return;
        }

        if (serial)
        {
            result.SetSerial(value, s);
        }
        else
        {
            result.SetLot(value, s);
        }
    }
}
