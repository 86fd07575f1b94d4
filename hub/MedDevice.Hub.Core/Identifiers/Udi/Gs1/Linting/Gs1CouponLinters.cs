using E = MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting.Gs1LintError;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>North American coupon linters: couponcode (AI 8110) and couponposoffer (AI 8112).</summary>
internal static class Gs1CouponLinters
{
    /// <summary>AI (8110) per the North American Coupon Application Guideline.</summary>
    public static Gs1LintResult CouponCode(ReadOnlySpan<char> data)
    {
        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(E.NonDigitCharacter, bad, 1);
        }

        var c = new Gs1CouponCursor(data);
        var r = c.VliField('6', 6, E.CouponMissingGcpVli, E.CouponInvalidGcpLength, E.CouponTruncatedGcp, out var len);
        if (!r.IsOk || !(r = c.Gcp(len)).IsOk || !(r = c.Fixed(6, E.CouponTruncatedOfferCode)).IsOk)
        {
            return r;
        }

        if (!(r = Amount(ref c, E.CouponMissingSaveValueVli, E.CouponInvalidSaveValueLength, E.CouponTruncatedSaveValue)).IsOk
            || !(r = Purchase(ref c, E.CouponMissing1stPurchaseRequirementVli, E.CouponInvalid1stPurchaseRequirementLength, E.CouponTruncated1stPurchaseRequirement, E.CouponMissing1stPurchaseRequirementCode, E.CouponInvalid1stPurchaseRequirementCode, E.CouponTruncated1stPurchaseFamilyCode)).IsOk)
        {
            return r;
        }

        if (c.At('1'))
        {
            c.Pos++;
            if (c.AtEnd)
            {
                return c.Missing(E.CouponMissingAdditionalPurchaseRulesCode);
            }

            if (c.Current > '3')
            {
                return c.Invalid(E.CouponInvalidAdditionalPurchaseRulesCode);
            }

            c.Pos++;
            if (!(r = Purchase(ref c, E.CouponMissing2ndPurchaseRequirementVli, E.CouponInvalid2ndPurchaseRequirementLength, E.CouponTruncated2ndPurchaseRequirement, E.CouponMissing2ndPurchaseRequirementCode, E.CouponInvalid2ndPurchaseRequirementCode, E.CouponTruncated2ndPurchaseFamilyCode)).IsOk
                || !(r = OptionalGcp(ref c, E.CouponMissing2ndPurchaseGcpVli, E.CouponInvalid2ndPurchaseGcpLength, E.CouponTruncated2ndPurchaseGcp)).IsOk)
            {
                return r;
            }
        }

        if (c.At('2'))
        {
            c.Pos++;
            if (!(r = Purchase(ref c, E.CouponMissing3rdPurchaseRequirementVli, E.CouponInvalid3rdPurchaseRequirementLength, E.CouponTruncated3rdPurchaseRequirement, E.CouponMissing3rdPurchaseRequirementCode, E.CouponInvalid3rdPurchaseRequirementCode, E.CouponTruncated3rdPurchaseFamilyCode)).IsOk
                || !(r = OptionalGcp(ref c, E.CouponMissing3rdPurchaseGcpVli, E.CouponInvalid3rdPurchaseGcpLength, E.CouponTruncated3rdPurchaseGcp)).IsOk)
            {
                return r;
            }
        }

        return OptionalTail(ref c, data);
    }

    /// <summary>AI (8112) positive offer file coupon.</summary>
    public static Gs1LintResult CouponPositiveOffer(ReadOnlySpan<char> data)
    {
        var bad = Gs1CharacterSets.IndexOfNonDigit(data);
        if (bad >= 0)
        {
            return new(E.NonDigitCharacter, bad, 1);
        }

        var c = new Gs1CouponCursor(data);
        if (c.AtEnd)
        {
            return c.Missing(E.CouponMissingFormatCode);
        }

        if (c.Current is not ('0' or '1'))
        {
            return c.Invalid(E.CouponInvalidFormatCode);
        }

        c.Pos++;
        var r = c.VliField('6', 6, E.CouponMissingFunderVli, E.CouponInvalidFunderLength, E.CouponTruncatedFunder, out var len);
        if (!r.IsOk || !(r = c.Gcp(len)).IsOk || !(r = c.Fixed(6, E.CouponTruncatedOfferCode)).IsOk)
        {
            return r;
        }

        r = c.VliField('9', 6, E.CouponMissingSerialNumberVli, E.CouponMissingSerialNumberVli, E.CouponTruncatedSerialNumber, out len);
        if (!r.IsOk)
        {
            return r;
        }

        c.Pos += len;
        return c.End();
    }

    private static Gs1LintResult Amount(ref Gs1CouponCursor c, E missing, E invalid, E truncated)
    {
        if (c.AtEnd)
        {
            return c.Missing(missing);
        }

        if (c.Current is < '1' or > '5')
        {
            return c.Invalid(invalid);
        }

        var r = c.VliField('5', 0, missing, invalid, truncated, out var len);
        if (r.IsOk)
        {
            c.Pos += len;
        }

        return r;
    }

    private static Gs1LintResult Purchase(ref Gs1CouponCursor c, E vliMissing, E vliInvalid, E truncated, E codeMissing, E codeInvalid, E familyTruncated)
    {
        var r = Amount(ref c, vliMissing, vliInvalid, truncated);
        if (!r.IsOk)
        {
            return r;
        }

        if (c.AtEnd)
        {
            return c.Missing(codeMissing);
        }

        if (c.Current > '4' && c.Current != '9')
        {
            return c.Invalid(codeInvalid);
        }

        c.Pos++;
        return c.Fixed(3, familyTruncated);
    }

    private static Gs1LintResult OptionalGcp(ref Gs1CouponCursor c, E missing, E invalid, E truncated)
    {
        if (c.AtEnd)
        {
            return c.Missing(missing);
        }

        if (c.Current > '6' && c.Current != '9')
        {
            return c.Invalid(invalid);
        }

        var len = c.Current == '9' ? 0 : c.Current - '0' + 6;
        c.Pos++;
        if (c.Remaining < len)
        {
            return c.Truncated(truncated);
        }

        return len > 0 ? c.Gcp(len) : Gs1LintResult.Ok;
    }

    private static Gs1LintResult OptionalTail(ref Gs1CouponCursor c, ReadOnlySpan<char> data)
    {
        var expiry = -1;
        if (c.At('3'))
        {
            c.Pos++;
            if (c.Remaining < 6)
            {
                return c.Truncated(E.CouponTooShortForExpirationDate);
            }

            if (!Gs1DateTimeLinters.Date(c.Peek(6), 2, allowDayZero: false).IsOk)
            {
                return new(E.CouponInvalidExipirationDate, c.Pos, 6);
            }

            expiry = c.Pos;
            c.Pos += 6;
        }

        if (c.At('4'))
        {
            c.Pos++;
            if (c.Remaining < 6)
            {
                return c.Truncated(E.CouponTooShortForStartDate);
            }

            if (!Gs1DateTimeLinters.Date(c.Peek(6), 2, allowDayZero: false).IsOk)
            {
                return new(E.CouponInvalidStartDate, c.Pos, 6);
            }

            if (expiry >= 0 && c.Peek(6).SequenceCompareTo(data.Slice(expiry, 6)) > 0)
            {
                return new(E.CouponExpirationBeforeStart, c.Pos - 8, 14);
            }

            c.Pos += 6;
        }

        if (c.At('5'))
        {
            c.Pos++;
            var r = c.VliField('9', 6, E.CouponMissingSerialNumberVli, E.CouponMissingSerialNumberVli, E.CouponTruncatedSerialNumber, out var len);
            if (!r.IsOk)
            {
                return r;
            }

            c.Pos += len;
        }

        if (c.At('6'))
        {
            c.Pos++;
            if (!c.AtEnd && c.Current == '0')
            {
                return c.Invalid(E.CouponInvalidRetailerGcpOrGlnLength);
            }

            var r = c.VliField('7', 6, E.CouponMissingRetailerGcpOrGlnVli, E.CouponInvalidRetailerGcpOrGlnLength, E.CouponTruncatedRetailerGcpOrGln, out var len);
            if (!r.IsOk || !(r = c.Gcp(len)).IsOk)
            {
                return r;
            }
        }

        return c.At('9') ? Miscellaneous(ref c) : c.End();
    }

    private static Gs1LintResult Miscellaneous(ref Gs1CouponCursor c)
    {
        c.Pos++;
        if (c.AtEnd)
        {
            return c.Missing(E.CouponMissingSaveValueCode);
        }

        if (c.Current is not ('0' or '1' or '2' or '5' or '6'))
        {
            return c.Invalid(E.CouponInvalidSaveValueCode);
        }

        c.Pos++;
        if (c.AtEnd)
        {
            return c.Missing(E.CouponMissingSaveValueAppliesToItem);
        }

        if (c.Current > '2')
        {
            return c.Invalid(E.CouponInvalidSaveValueAppliesToItem);
        }

        c.Pos++;
        if (c.AtEnd)
        {
            return c.Missing(E.CouponMissingStoreCouponFlag);
        }

        c.Pos++;
        if (c.AtEnd)
        {
            return c.Missing(E.CouponMissingDontMultiplyFlag);
        }

        if (c.Current is not ('0' or '1'))
        {
            return c.Invalid(E.CouponInvalidDontMultiplyFlag);
        }

        c.Pos++;
        return c.End();
    }
}
