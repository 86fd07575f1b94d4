namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>Errors reported by the GS1 component linters (names follow the GS1 Barcode Syntax Tests).</summary>
internal enum Gs1LintError : byte
{
    /// <summary>No issues were detected by the linter.</summary>
    Ok,

    /// <summary>A non-digit character was found where a digit is expected.</summary>
    NonDigitCharacter,

    /// <summary>A non-CSET 82 character was found where a CSET 82 character is expected.</summary>
    InvalidCset82Character,

    /// <summary>A non-CSET 39 character was found where a CSET 39 character is expected.</summary>
    InvalidCset39Character,

    /// <summary>A non-CSET 32 character was found where a CSET 32 character is expected.</summary>
    InvalidCset32Character,

    /// <summary>The numeric check digit is incorrect.</summary>
    IncorrectCheckDigit,

    /// <summary>The component is too short to perform a numeric check digit calculation.</summary>
    TooShortForCheckDigit,

    /// <summary>The alphanumeric check-character pair is incorrect.</summary>
    IncorrectCheckPair,

    /// <summary>The component is too short to perform an alphanumeric check character pair calculation.</summary>
    TooShortForCheckPair,

    /// <summary>The component is too long to perform an alphanumeric check character pair calculation.</summary>
    TooLongForCheckPairImplementation,

    /// <summary>The data source for GS1 Company Prefix lookups is offline.</summary>
    GcpDatasourceOffline,

    /// <summary>The GS1 Company Prefix is invalid.</summary>
    InvalidGcpPrefix,

    /// <summary>The Importer Index must be a single character.</summary>
    ImporterIdxMustBeOneCharacter,

    /// <summary>The Importer Index is an invalid character.</summary>
    InvalidImportIdxCharacter,

    /// <summary>A non-zero value is required.</summary>
    IllegalZeroValue,

    /// <summary>A zero value is required.</summary>
    NotZero,

    /// <summary>A zero prefix is not permitted.</summary>
    IllegalZeroPrefix,

    /// <summary>A "0" or "1" is required.</summary>
    NotZeroOrOne,

    /// <summary>The winding direction must be either "0", "1" or "9".</summary>
    InvalidWindingDirection,

    /// <summary>A valid ISO 3166 three-digit country code is required.</summary>
    NotIso3166,

    /// <summary>A valid ISO 3166 three-digit country code or "999" is required.</summary>
    NotIso3166Or999,

    /// <summary>A valid ISO 3166 two-character country code is required.</summary>
    NotIso3166Alpha2,

    /// <summary>A valid ISO 4217 three-digit currency code is required.</summary>
    NotIso4217,

    /// <summary>The IBAN is too short.</summary>
    IbanTooShort,

    /// <summary>The IBAN contains an invalid character.</summary>
    InvalidIbanCharacter,

    /// <summary>The IBAN must start with a valid ISO 3166 two-character country code.</summary>
    IllegalIbanCountryCode,

    /// <summary>The IBAN check characters are incorrect.</summary>
    IncorrectIbanChecksum,

    /// <summary>The date is too short.</summary>
    DateTooShort,

    /// <summary>The date is too long.</summary>
    DateTooLong,

    /// <summary>The hour with minute is too short for HHMI format.</summary>
    HourWithMinuteTooShort,

    /// <summary>The hour with minute is too long for HHMI format.</summary>
    HourWithMinuteTooLong,

    /// <summary>The date contains an illegal month of the year.</summary>
    IllegalMonth,

    /// <summary>The date contains an illegal day of the month.</summary>
    IllegalDay,

    /// <summary>The time contains an illegal hour.</summary>
    IllegalHour,

    /// <summary>The time contains an illegal minute.</summary>
    IllegalMinute,

    /// <summary>The time contains an illegal second.</summary>
    IllegalSecond,

    /// <summary>The piece with total must have an even length, having equal-length components.</summary>
    InvalidLengthForPieceOfTotal,

    /// <summary>The piece number must not be zero.</summary>
    ZeroPieceNumber,

    /// <summary>The piece total must not be zero.</summary>
    ZeroTotalPieces,

    /// <summary>The piece number must not exceed the piece total.</summary>
    PieceNumberExceedsTotal,

    /// <summary>The input contains an invalid percent hex-encoding "%hh" sequence.</summary>
    InvalidPercentSequence,

    /// <summary>The coupon's Format Code is missing.</summary>
    CouponMissingFormatCode,

    /// <summary>The coupon's Format Code must be "0" or "1".</summary>
    CouponInvalidFormatCode,

    /// <summary>The coupon's Funder VLI is missing.</summary>
    CouponMissingFunderVli,

    /// <summary>The coupon's Funder VLI must be "0" to "6".</summary>
    CouponInvalidFunderLength,

    /// <summary>The coupon's Funder is shorter than indicated by its VLI.</summary>
    CouponTruncatedFunder,

    /// <summary>The coupon's Offer Code is shorter than the required six digits.</summary>
    CouponTruncatedOfferCode,

    /// <summary>The coupon's Serial Number VLI is missing.</summary>
    CouponMissingSerialNumberVli,

    /// <summary>The coupon's Serial Number is shorter than indicated by its VLI.</summary>
    CouponTruncatedSerialNumber,

    /// <summary>The coupon's primary GS1 Company Prefix VLI is missing.</summary>
    CouponMissingGcpVli,

    /// <summary>The coupon's primary GS1 Company Prefix VLI must be "0" to "6".</summary>
    CouponInvalidGcpLength,

    /// <summary>The coupon's primary GS1 Company Prefix is shorter than indicated by its VLI.</summary>
    CouponTruncatedGcp,

    /// <summary>The coupon's Save Value VLI is missing.</summary>
    CouponMissingSaveValueVli,

    /// <summary>The coupon's Save Value VLI must be "1" to "5".</summary>
    CouponInvalidSaveValueLength,

    /// <summary>The coupon's Save Value is shorter than indicated by its VLI.</summary>
    CouponTruncatedSaveValue,

    /// <summary>The coupon's primary purchase Requirement VLI is missing.</summary>
    CouponMissing1stPurchaseRequirementVli,

    /// <summary>The coupon's primary purchase Requirement VLI must be "1" to "5".</summary>
    CouponInvalid1stPurchaseRequirementLength,

    /// <summary>The coupon's primary purchase Requirement is shorter than indicated by its VLI.</summary>
    CouponTruncated1stPurchaseRequirement,

    /// <summary>The coupon's primary purchase Requirement Code is missing.</summary>
    CouponMissing1stPurchaseRequirementCode,

    /// <summary>The coupon's primary purchase Requirement Code must be "0" to "4" or "9".</summary>
    CouponInvalid1stPurchaseRequirementCode,

    /// <summary>The coupon's primary purchase Family Code is shorter than three digits.</summary>
    CouponTruncated1stPurchaseFamilyCode,

    /// <summary>The coupon's Additional Purchase Rules Code is missing.</summary>
    CouponMissingAdditionalPurchaseRulesCode,

    /// <summary>The coupon's Additional Purchase Rules Code must be "0" to "3".</summary>
    CouponInvalidAdditionalPurchaseRulesCode,

    /// <summary>The coupon's second purchase Requirement VLI is missing.</summary>
    CouponMissing2ndPurchaseRequirementVli,

    /// <summary>The coupon's second purchase Requirement VLI must be "1" to "5".</summary>
    CouponInvalid2ndPurchaseRequirementLength,

    /// <summary>The coupon's second purchase Requirement is shorter than indicated by its VLI.</summary>
    CouponTruncated2ndPurchaseRequirement,

    /// <summary>The coupon's second purchase Requirement Code is missing.</summary>
    CouponMissing2ndPurchaseRequirementCode,

    /// <summary>The coupon's second purchase Requirement Code must be "0" to "4" or "9".</summary>
    CouponInvalid2ndPurchaseRequirementCode,

    /// <summary>The coupon's second purchase Family Code is shorter than three digits.</summary>
    CouponTruncated2ndPurchaseFamilyCode,

    /// <summary>The coupon's second purchase GS1 Company Prefix VLI is missing.</summary>
    CouponMissing2ndPurchaseGcpVli,

    /// <summary>The coupon's second purchase GS1 Company Prefix VLI must be "0" to "6" or "9".</summary>
    CouponInvalid2ndPurchaseGcpLength,

    /// <summary>The coupon's second purchase GS1 Company Prefix is shorter than indicated by its VLI.</summary>
    CouponTruncated2ndPurchaseGcp,

    /// <summary>The coupon's third purchase Requirement VLI is missing.</summary>
    CouponMissing3rdPurchaseRequirementVli,

    /// <summary>The coupon's third purchase Requirement VLI must be "1" to "5".</summary>
    CouponInvalid3rdPurchaseRequirementLength,

    /// <summary>The coupon's third purchase Requirement is shorter than indicated by its VLI.</summary>
    CouponTruncated3rdPurchaseRequirement,

    /// <summary>The coupon's third purchase Requirement Code is missing.</summary>
    CouponMissing3rdPurchaseRequirementCode,

    /// <summary>The coupon's third purchase Requirement Code must be "0" to "4" or "9".</summary>
    CouponInvalid3rdPurchaseRequirementCode,

    /// <summary>The coupon's third purchase Family Code is shorter than three digits.</summary>
    CouponTruncated3rdPurchaseFamilyCode,

    /// <summary>The coupon's third purchase GS1 Company Prefix VLI is missing.</summary>
    CouponMissing3rdPurchaseGcpVli,

    /// <summary>The coupon's third purchase GS1 Company Prefix VLI must be "0" to "6" or "9".</summary>
    CouponInvalid3rdPurchaseGcpLength,

    /// <summary>The coupon's third purchase GS1 Company Prefix is shorter than indicated by its VLI.</summary>
    CouponTruncated3rdPurchaseGcp,

    /// <summary>The coupon's expiration date is too short for YYMMDD format.</summary>
    CouponTooShortForExpirationDate,

    /// <summary>The coupon's expiration date is invalid.</summary>
    CouponInvalidExipirationDate,

    /// <summary>The coupon's start date is too short for YYMMDD format.</summary>
    CouponTooShortForStartDate,

    /// <summary>The coupon's start date is invalid.</summary>
    CouponInvalidStartDate,

    /// <summary>The coupon's expiration date precedes the start date.</summary>
    CouponExpirationBeforeStart,

    /// <summary>The coupon's Retailer GCP/GLN VLI is missing.</summary>
    CouponMissingRetailerGcpOrGlnVli,

    /// <summary>The coupon's Retailer GCP/GLN VLI must be "1" to "7".</summary>
    CouponInvalidRetailerGcpOrGlnLength,

    /// <summary>The coupon's Retailer GCP/GLN is shorter than indicated by its VLI.</summary>
    CouponTruncatedRetailerGcpOrGln,

    /// <summary>The coupon's Save Value Code is missing.</summary>
    CouponMissingSaveValueCode,

    /// <summary>The coupon's Save Value Code must be "0", "1", "2", "5" or "6".</summary>
    CouponInvalidSaveValueCode,

    /// <summary>The coupon's Save Value Applies to Item is missing.</summary>
    CouponMissingSaveValueAppliesToItem,

    /// <summary>The coupon's Save Value Applies to Item must be "0" to "2".</summary>
    CouponInvalidSaveValueAppliesToItem,

    /// <summary>The coupon's Store Coupon Flag is missing.</summary>
    CouponMissingStoreCouponFlag,

    /// <summary>The coupon's Don't Multiply Flag is missing.</summary>
    CouponMissingDontMultiplyFlag,

    /// <summary>The coupon's Don't Multiply Flag must be "0" or "1".</summary>
    CouponInvalidDontMultiplyFlag,

    /// <summary>The coupon contains excess data after the recognised optional fields.</summary>
    CouponExcessData,

    /// <summary>The latitude is outside of the range "0000000000" to "1800000000".</summary>
    InvalidLatitude,

    /// <summary>The longitude is outside of the range "0000000000" to "3600000000".</summary>
    InvalidLongitude,

    /// <summary>A valid AIDC media type is required.</summary>
    InvalidMediaType,

    /// <summary>The latitude value must be 10 digits.</summary>
    LatitudeInvalidLength,

    /// <summary>The longitude value must be 10 digits.</summary>
    LongitudeInvalidLength,

    /// <summary>A non-CSET 64 character was found where a CSET 64 character is expected.</summary>
    InvalidCset64Character,

    /// <summary>Incorrect number of CSET 64 pad characters.</summary>
    InvalidCset64Padding,

    /// <summary>Only hyphens are permitted.</summary>
    NotHyphen,

    /// <summary>A valid ISO/IEC 5218 biological sex code is required.</summary>
    InvalidBiologicalSexCode,

    /// <summary>The data must have the format "&lt;pos&gt;/&lt;end&gt;".</summary>
    PositionInSequenceMalformed,

    /// <summary>The position number must not exceed the end number.</summary>
    PositionExceedsEnd,

    /// <summary>A non-digit character is required.</summary>
    RequiresNonDigitCharacter,

    /// <summary>The hour is too short for HH format.</summary>
    HourTooShort,

    /// <summary>The hour is too long for HH format.</summary>
    HourTooLong,

    /// <summary>The minute is too short for MI format.</summary>
    MinuteTooShort,

    /// <summary>The minute is too long for MI format.</summary>
    MinuteTooLong,

    /// <summary>The second is too short for SS format.</summary>
    SecondTooShort,

    /// <summary>The second is too long for SS format.</summary>
    SecondTooLong,

    /// <summary>A valid PackageTypeCode is required.</summary>
    InvalidPackageType,

    /// <summary>The component is shorter than the minimum length GS1 Company Prefix.</summary>
    TooShortForGcp,

    /// <summary>The IBAN is too long.</summary>
    IbanTooLong,
}
