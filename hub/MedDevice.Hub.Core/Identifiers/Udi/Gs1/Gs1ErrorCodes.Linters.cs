namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1;

/// <summary>Codes for GS1 linter (component content) errors; the GS1 linter name is given for each.</summary>
public static partial class Gs1ErrorCodes
{
    /// <summary><c>GS1_LINTER_NON_DIGIT_CHARACTER</c>: A non-digit character was found where a digit is expected.</summary>
    public const string LintNonDigitCharacter = "UDI-GS1-101";

    /// <summary><c>GS1_LINTER_INVALID_CSET82_CHARACTER</c>: A non-CSET 82 character was found where a CSET 82 character is expected.</summary>
    public const string LintInvalidCset82Character = "UDI-GS1-102";

    /// <summary><c>GS1_LINTER_INVALID_CSET39_CHARACTER</c>: A non-CSET 39 character was found where a CSET 39 character is expected.</summary>
    public const string LintInvalidCset39Character = "UDI-GS1-103";

    /// <summary><c>GS1_LINTER_INVALID_CSET32_CHARACTER</c>: A non-CSET 32 character was found where a CSET 32 character is expected.</summary>
    public const string LintInvalidCset32Character = "UDI-GS1-104";

    /// <summary><c>GS1_LINTER_INCORRECT_CHECK_DIGIT</c>: The numeric check digit is incorrect.</summary>
    public const string LintIncorrectCheckDigit = "UDI-GS1-105";

    /// <summary><c>GS1_LINTER_TOO_SHORT_FOR_CHECK_DIGIT</c>: The component is too short to perform a numeric check digit calculation.</summary>
    public const string LintTooShortForCheckDigit = "UDI-GS1-106";

    /// <summary><c>GS1_LINTER_INCORRECT_CHECK_PAIR</c>: The alphanumeric check-character pair is incorrect.</summary>
    public const string LintIncorrectCheckPair = "UDI-GS1-107";

    /// <summary><c>GS1_LINTER_TOO_SHORT_FOR_CHECK_PAIR</c>: The component is too short to perform an alphanumeric check character pair calculation.</summary>
    public const string LintTooShortForCheckPair = "UDI-GS1-108";

    /// <summary><c>GS1_LINTER_TOO_LONG_FOR_CHECK_PAIR_IMPLEMENTATION</c>: The component is too long to perform an alphanumeric check character pair calculation.</summary>
    public const string LintTooLongForCheckPairImplementation = "UDI-GS1-109";

    /// <summary><c>GS1_LINTER_GCP_DATASOURCE_OFFLINE</c>: The data source for GS1 Company Prefix lookups is offline.</summary>
    public const string LintGcpDatasourceOffline = "UDI-GS1-110";

    /// <summary><c>GS1_LINTER_INVALID_GCP_PREFIX</c>: The GS1 Company Prefix is invalid.</summary>
    public const string LintInvalidGcpPrefix = "UDI-GS1-111";

    /// <summary><c>GS1_LINTER_IMPORTER_IDX_MUST_BE_ONE_CHARACTER</c>: The Importer Index must be a single character.</summary>
    public const string LintImporterIdxMustBeOneCharacter = "UDI-GS1-112";

    /// <summary><c>GS1_LINTER_INVALID_IMPORT_IDX_CHARACTER</c>: The Importer Index is an invalid character.</summary>
    public const string LintInvalidImportIdxCharacter = "UDI-GS1-113";

    /// <summary><c>GS1_LINTER_ILLEGAL_ZERO_VALUE</c>: A non-zero value is required.</summary>
    public const string LintIllegalZeroValue = "UDI-GS1-114";

    /// <summary><c>GS1_LINTER_NOT_ZERO</c>: A zero value is required.</summary>
    public const string LintNotZero = "UDI-GS1-115";

    /// <summary><c>GS1_LINTER_ILLEGAL_ZERO_PREFIX</c>: A zero prefix is not permitted.</summary>
    public const string LintIllegalZeroPrefix = "UDI-GS1-116";

    /// <summary><c>GS1_LINTER_NOT_ZERO_OR_ONE</c>: A "0" or "1" is required.</summary>
    public const string LintNotZeroOrOne = "UDI-GS1-117";

    /// <summary><c>GS1_LINTER_INVALID_WINDING_DIRECTION</c>: The winding direction must be either "0", "1" or "9".</summary>
    public const string LintInvalidWindingDirection = "UDI-GS1-118";

    /// <summary><c>GS1_LINTER_NOT_ISO3166</c>: A valid ISO 3166 three-digit country code is required.</summary>
    public const string LintNotIso3166 = "UDI-GS1-119";

    /// <summary><c>GS1_LINTER_NOT_ISO3166_OR_999</c>: A valid ISO 3166 three-digit country code or "999" is required.</summary>
    public const string LintNotIso3166Or999 = "UDI-GS1-120";

    /// <summary><c>GS1_LINTER_NOT_ISO3166_ALPHA2</c>: A valid ISO 3166 two-character country code is required.</summary>
    public const string LintNotIso3166Alpha2 = "UDI-GS1-121";

    /// <summary><c>GS1_LINTER_NOT_ISO4217</c>: A valid ISO 4217 three-digit currency code is required.</summary>
    public const string LintNotIso4217 = "UDI-GS1-122";

    /// <summary><c>GS1_LINTER_IBAN_TOO_SHORT</c>: The IBAN is too short.</summary>
    public const string LintIbanTooShort = "UDI-GS1-123";

    /// <summary><c>GS1_LINTER_INVALID_IBAN_CHARACTER</c>: The IBAN contains an invalid character.</summary>
    public const string LintInvalidIbanCharacter = "UDI-GS1-124";

    /// <summary><c>GS1_LINTER_ILLEGAL_IBAN_COUNTRY_CODE</c>: The IBAN must start with a valid ISO 3166 two-character country code.</summary>
    public const string LintIllegalIbanCountryCode = "UDI-GS1-125";

    /// <summary><c>GS1_LINTER_INCORRECT_IBAN_CHECKSUM</c>: The IBAN check characters are incorrect.</summary>
    public const string LintIncorrectIbanChecksum = "UDI-GS1-126";

    /// <summary><c>GS1_LINTER_DATE_TOO_SHORT</c>: The date is too short.</summary>
    public const string LintDateTooShort = "UDI-GS1-127";

    /// <summary><c>GS1_LINTER_DATE_TOO_LONG</c>: The date is too long.</summary>
    public const string LintDateTooLong = "UDI-GS1-128";

    /// <summary><c>GS1_LINTER_HOUR_WITH_MINUTE_TOO_SHORT</c>: The hour with minute is too short for HHMI format.</summary>
    public const string LintHourWithMinuteTooShort = "UDI-GS1-129";

    /// <summary><c>GS1_LINTER_HOUR_WITH_MINUTE_TOO_LONG</c>: The hour with minute is too long for HHMI format.</summary>
    public const string LintHourWithMinuteTooLong = "UDI-GS1-130";

    /// <summary><c>GS1_LINTER_ILLEGAL_MONTH</c>: The date contains an illegal month of the year.</summary>
    public const string LintIllegalMonth = "UDI-GS1-131";

    /// <summary><c>GS1_LINTER_ILLEGAL_DAY</c>: The date contains an illegal day of the month.</summary>
    public const string LintIllegalDay = "UDI-GS1-132";

    /// <summary><c>GS1_LINTER_ILLEGAL_HOUR</c>: The time contains an illegal hour.</summary>
    public const string LintIllegalHour = "UDI-GS1-133";

    /// <summary><c>GS1_LINTER_ILLEGAL_MINUTE</c>: The time contains an illegal minute.</summary>
    public const string LintIllegalMinute = "UDI-GS1-134";

    /// <summary><c>GS1_LINTER_ILLEGAL_SECOND</c>: The time contains an illegal second.</summary>
    public const string LintIllegalSecond = "UDI-GS1-135";

    /// <summary><c>GS1_LINTER_INVALID_LENGTH_FOR_PIECE_OF_TOTAL</c>: The piece with total must have an even length, having equal-length components.</summary>
    public const string LintInvalidLengthForPieceOfTotal = "UDI-GS1-136";

    /// <summary><c>GS1_LINTER_ZERO_PIECE_NUMBER</c>: The piece number must not be zero.</summary>
    public const string LintZeroPieceNumber = "UDI-GS1-137";

    /// <summary><c>GS1_LINTER_ZERO_TOTAL_PIECES</c>: The piece total must not be zero.</summary>
    public const string LintZeroTotalPieces = "UDI-GS1-138";

    /// <summary><c>GS1_LINTER_PIECE_NUMBER_EXCEEDS_TOTAL</c>: The piece number must not exceed the piece total.</summary>
    public const string LintPieceNumberExceedsTotal = "UDI-GS1-139";

    /// <summary><c>GS1_LINTER_INVALID_PERCENT_SEQUENCE</c>: The input contains an invalid percent hex-encoding "%hh" sequence.</summary>
    public const string LintInvalidPercentSequence = "UDI-GS1-140";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_FORMAT_CODE</c>: The coupon's Format Code is missing.</summary>
    public const string LintCouponMissingFormatCode = "UDI-GS1-141";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_FORMAT_CODE</c>: The coupon's Format Code must be "0" or "1".</summary>
    public const string LintCouponInvalidFormatCode = "UDI-GS1-142";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_FUNDER_VLI</c>: The coupon's Funder VLI is missing.</summary>
    public const string LintCouponMissingFunderVli = "UDI-GS1-143";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_FUNDER_LENGTH</c>: The coupon's Funder VLI must be "0" to "6".</summary>
    public const string LintCouponInvalidFunderLength = "UDI-GS1-144";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_FUNDER</c>: The coupon's Funder is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncatedFunder = "UDI-GS1-145";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_OFFER_CODE</c>: The coupon's Offer Code is shorter than the required six digits.</summary>
    public const string LintCouponTruncatedOfferCode = "UDI-GS1-146";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_SERIAL_NUMBER_VLI</c>: The coupon's Serial Number VLI is missing.</summary>
    public const string LintCouponMissingSerialNumberVli = "UDI-GS1-147";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_SERIAL_NUMBER</c>: The coupon's Serial Number is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncatedSerialNumber = "UDI-GS1-148";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_GCP_VLI</c>: The coupon's primary GS1 Company Prefix VLI is missing.</summary>
    public const string LintCouponMissingGcpVli = "UDI-GS1-149";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_GCP_LENGTH</c>: The coupon's primary GS1 Company Prefix VLI must be "0" to "6".</summary>
    public const string LintCouponInvalidGcpLength = "UDI-GS1-150";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_GCP</c>: The coupon's primary GS1 Company Prefix is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncatedGcp = "UDI-GS1-151";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_SAVE_VALUE_VLI</c>: The coupon's Save Value VLI is missing.</summary>
    public const string LintCouponMissingSaveValueVli = "UDI-GS1-152";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_SAVE_VALUE_LENGTH</c>: The coupon's Save Value VLI must be "1" to "5".</summary>
    public const string LintCouponInvalidSaveValueLength = "UDI-GS1-153";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_SAVE_VALUE</c>: The coupon's Save Value is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncatedSaveValue = "UDI-GS1-154";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_1ST_PURCHASE_REQUIREMENT_VLI</c>: The coupon's primary purchase Requirement VLI is missing.</summary>
    public const string LintCouponMissing1stPurchaseRequirementVli = "UDI-GS1-155";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_1ST_PURCHASE_REQUIREMENT_LENGTH</c>: The coupon's primary purchase Requirement VLI must be "1" to "5".</summary>
    public const string LintCouponInvalid1stPurchaseRequirementLength = "UDI-GS1-156";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_1ST_PURCHASE_REQUIREMENT</c>: The coupon's primary purchase Requirement is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncated1stPurchaseRequirement = "UDI-GS1-157";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_1ST_PURCHASE_REQUIREMENT_CODE</c>: The coupon's primary purchase Requirement Code is missing.</summary>
    public const string LintCouponMissing1stPurchaseRequirementCode = "UDI-GS1-158";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_1ST_PURCHASE_REQUIREMENT_CODE</c>: The coupon's primary purchase Requirement Code must be "0" to "4" or "9".</summary>
    public const string LintCouponInvalid1stPurchaseRequirementCode = "UDI-GS1-159";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_1ST_PURCHASE_FAMILY_CODE</c>: The coupon's primary purchase Family Code is shorter than three digits.</summary>
    public const string LintCouponTruncated1stPurchaseFamilyCode = "UDI-GS1-160";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_ADDITIONAL_PURCHASE_RULES_CODE</c>: The coupon's Additional Purchase Rules Code is missing.</summary>
    public const string LintCouponMissingAdditionalPurchaseRulesCode = "UDI-GS1-161";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_ADDITIONAL_PURCHASE_RULES_CODE</c>: The coupon's Additional Purchase Rules Code must be "0" to "3".</summary>
    public const string LintCouponInvalidAdditionalPurchaseRulesCode = "UDI-GS1-162";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_2ND_PURCHASE_REQUIREMENT_VLI</c>: The coupon's second purchase Requirement VLI is missing.</summary>
    public const string LintCouponMissing2ndPurchaseRequirementVli = "UDI-GS1-163";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_2ND_PURCHASE_REQUIREMENT_LENGTH</c>: The coupon's second purchase Requirement VLI must be "1" to "5".</summary>
    public const string LintCouponInvalid2ndPurchaseRequirementLength = "UDI-GS1-164";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_2ND_PURCHASE_REQUIREMENT</c>: The coupon's second purchase Requirement is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncated2ndPurchaseRequirement = "UDI-GS1-165";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_2ND_PURCHASE_REQUIREMENT_CODE</c>: The coupon's second purchase Requirement Code is missing.</summary>
    public const string LintCouponMissing2ndPurchaseRequirementCode = "UDI-GS1-166";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_2ND_PURCHASE_REQUIREMENT_CODE</c>: The coupon's second purchase Requirement Code must be "0" to "4" or "9".</summary>
    public const string LintCouponInvalid2ndPurchaseRequirementCode = "UDI-GS1-167";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_2ND_PURCHASE_FAMILY_CODE</c>: The coupon's second purchase Family Code is shorter than three digits.</summary>
    public const string LintCouponTruncated2ndPurchaseFamilyCode = "UDI-GS1-168";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_2ND_PURCHASE_GCP_VLI</c>: The coupon's second purchase GS1 Company Prefix VLI is missing.</summary>
    public const string LintCouponMissing2ndPurchaseGcpVli = "UDI-GS1-169";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_2ND_PURCHASE_GCP_LENGTH</c>: The coupon's second purchase GS1 Company Prefix VLI must be "0" to "6" or "9".</summary>
    public const string LintCouponInvalid2ndPurchaseGcpLength = "UDI-GS1-170";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_2ND_PURCHASE_GCP</c>: The coupon's second purchase GS1 Company Prefix is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncated2ndPurchaseGcp = "UDI-GS1-171";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_3RD_PURCHASE_REQUIREMENT_VLI</c>: The coupon's third purchase Requirement VLI is missing.</summary>
    public const string LintCouponMissing3rdPurchaseRequirementVli = "UDI-GS1-172";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_3RD_PURCHASE_REQUIREMENT_LENGTH</c>: The coupon's third purchase Requirement VLI must be "1" to "5".</summary>
    public const string LintCouponInvalid3rdPurchaseRequirementLength = "UDI-GS1-173";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_3RD_PURCHASE_REQUIREMENT</c>: The coupon's third purchase Requirement is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncated3rdPurchaseRequirement = "UDI-GS1-174";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_3RD_PURCHASE_REQUIREMENT_CODE</c>: The coupon's third purchase Requirement Code is missing.</summary>
    public const string LintCouponMissing3rdPurchaseRequirementCode = "UDI-GS1-175";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_3RD_PURCHASE_REQUIREMENT_CODE</c>: The coupon's third purchase Requirement Code must be "0" to "4" or "9".</summary>
    public const string LintCouponInvalid3rdPurchaseRequirementCode = "UDI-GS1-176";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_3RD_PURCHASE_FAMILY_CODE</c>: The coupon's third purchase Family Code is shorter than three digits.</summary>
    public const string LintCouponTruncated3rdPurchaseFamilyCode = "UDI-GS1-177";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_3RD_PURCHASE_GCP_VLI</c>: The coupon's third purchase GS1 Company Prefix VLI is missing.</summary>
    public const string LintCouponMissing3rdPurchaseGcpVli = "UDI-GS1-178";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_3RD_PURCHASE_GCP_LENGTH</c>: The coupon's third purchase GS1 Company Prefix VLI must be "0" to "6" or "9".</summary>
    public const string LintCouponInvalid3rdPurchaseGcpLength = "UDI-GS1-179";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_3RD_PURCHASE_GCP</c>: The coupon's third purchase GS1 Company Prefix is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncated3rdPurchaseGcp = "UDI-GS1-180";

    /// <summary><c>GS1_LINTER_COUPON_TOO_SHORT_FOR_EXPIRATION_DATE</c>: The coupon's expiration date is too short for YYMMDD format.</summary>
    public const string LintCouponTooShortForExpirationDate = "UDI-GS1-181";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_EXIPIRATION_DATE</c>: The coupon's expiration date is invalid.</summary>
    public const string LintCouponInvalidExipirationDate = "UDI-GS1-182";

    /// <summary><c>GS1_LINTER_COUPON_TOO_SHORT_FOR_START_DATE</c>: The coupon's start date is too short for YYMMDD format.</summary>
    public const string LintCouponTooShortForStartDate = "UDI-GS1-183";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_START_DATE</c>: The coupon's start date is invalid.</summary>
    public const string LintCouponInvalidStartDate = "UDI-GS1-184";

    /// <summary><c>GS1_LINTER_COUPON_EXPIRATION_BEFORE_START</c>: The coupon's expiration date precedes the start date.</summary>
    public const string LintCouponExpirationBeforeStart = "UDI-GS1-185";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_RETAILER_GCP_OR_GLN_VLI</c>: The coupon's Retailer GCP/GLN VLI is missing.</summary>
    public const string LintCouponMissingRetailerGcpOrGlnVli = "UDI-GS1-186";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_RETAILER_GCP_OR_GLN_LENGTH</c>: The coupon's Retailer GCP/GLN VLI must be "1" to "7".</summary>
    public const string LintCouponInvalidRetailerGcpOrGlnLength = "UDI-GS1-187";

    /// <summary><c>GS1_LINTER_COUPON_TRUNCATED_RETAILER_GCP_OR_GLN</c>: The coupon's Retailer GCP/GLN is shorter than indicated by its VLI.</summary>
    public const string LintCouponTruncatedRetailerGcpOrGln = "UDI-GS1-188";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_SAVE_VALUE_CODE</c>: The coupon's Save Value Code is missing.</summary>
    public const string LintCouponMissingSaveValueCode = "UDI-GS1-189";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_SAVE_VALUE_CODE</c>: The coupon's Save Value Code must be "0", "1", "2", "5" or "6".</summary>
    public const string LintCouponInvalidSaveValueCode = "UDI-GS1-190";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_SAVE_VALUE_APPLIES_TO_ITEM</c>: The coupon's Save Value Applies to Item is missing.</summary>
    public const string LintCouponMissingSaveValueAppliesToItem = "UDI-GS1-191";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_SAVE_VALUE_APPLIES_TO_ITEM</c>: The coupon's Save Value Applies to Item must be "0" to "2".</summary>
    public const string LintCouponInvalidSaveValueAppliesToItem = "UDI-GS1-192";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_STORE_COUPON_FLAG</c>: The coupon's Store Coupon Flag is missing.</summary>
    public const string LintCouponMissingStoreCouponFlag = "UDI-GS1-193";

    /// <summary><c>GS1_LINTER_COUPON_MISSING_DONT_MULTIPLY_FLAG</c>: The coupon's Don't Multiply Flag is missing.</summary>
    public const string LintCouponMissingDontMultiplyFlag = "UDI-GS1-194";

    /// <summary><c>GS1_LINTER_COUPON_INVALID_DONT_MULTIPLY_FLAG</c>: The coupon's Don't Multiply Flag must be "0" or "1".</summary>
    public const string LintCouponInvalidDontMultiplyFlag = "UDI-GS1-195";

    /// <summary><c>GS1_LINTER_COUPON_EXCESS_DATA</c>: The coupon contains excess data after the recognised optional fields.</summary>
    public const string LintCouponExcessData = "UDI-GS1-196";

    /// <summary><c>GS1_LINTER_INVALID_LATITUDE</c>: The latitude is outside of the range "0000000000" to "1800000000".</summary>
    public const string LintInvalidLatitude = "UDI-GS1-197";

    /// <summary><c>GS1_LINTER_INVALID_LONGITUDE</c>: The longitude is outside of the range "0000000000" to "3600000000".</summary>
    public const string LintInvalidLongitude = "UDI-GS1-198";

    /// <summary><c>GS1_LINTER_INVALID_MEDIA_TYPE</c>: A valid AIDC media type is required.</summary>
    public const string LintInvalidMediaType = "UDI-GS1-199";

    /// <summary><c>GS1_LINTER_LATITUDE_INVALID_LENGTH</c>: The latitude value must be 10 digits.</summary>
    public const string LintLatitudeInvalidLength = "UDI-GS1-200";

    /// <summary><c>GS1_LINTER_LONGITUDE_INVALID_LENGTH</c>: The longitude value must be 10 digits.</summary>
    public const string LintLongitudeInvalidLength = "UDI-GS1-201";

    /// <summary><c>GS1_LINTER_INVALID_CSET64_CHARACTER</c>: A non-CSET 64 character was found where a CSET 64 character is expected.</summary>
    public const string LintInvalidCset64Character = "UDI-GS1-202";

    /// <summary><c>GS1_LINTER_INVALID_CSET64_PADDING</c>: Incorrect number of CSET 64 pad characters.</summary>
    public const string LintInvalidCset64Padding = "UDI-GS1-203";

    /// <summary><c>GS1_LINTER_NOT_HYPHEN</c>: Only hyphens are permitted.</summary>
    public const string LintNotHyphen = "UDI-GS1-204";

    /// <summary><c>GS1_LINTER_INVALID_BIOLOGICAL_SEX_CODE</c>: A valid ISO/IEC 5218 biological sex code is required.</summary>
    public const string LintInvalidBiologicalSexCode = "UDI-GS1-205";

    /// <summary><c>GS1_LINTER_POSITION_IN_SEQUENCE_MALFORMED</c>: The data must have the format "&lt;pos&gt;/&lt;end&gt;".</summary>
    public const string LintPositionInSequenceMalformed = "UDI-GS1-206";

    /// <summary><c>GS1_LINTER_POSITION_EXCEEDS_END</c>: The position number must not exceed the end number.</summary>
    public const string LintPositionExceedsEnd = "UDI-GS1-207";

    /// <summary><c>GS1_LINTER_REQUIRES_NON_DIGIT_CHARACTER</c>: A non-digit character is required.</summary>
    public const string LintRequiresNonDigitCharacter = "UDI-GS1-208";

    /// <summary><c>GS1_LINTER_HOUR_TOO_SHORT</c>: The hour is too short for HH format.</summary>
    public const string LintHourTooShort = "UDI-GS1-209";

    /// <summary><c>GS1_LINTER_HOUR_TOO_LONG</c>: The hour is too long for HH format.</summary>
    public const string LintHourTooLong = "UDI-GS1-210";

    /// <summary><c>GS1_LINTER_MINUTE_TOO_SHORT</c>: The minute is too short for MI format.</summary>
    public const string LintMinuteTooShort = "UDI-GS1-211";

    /// <summary><c>GS1_LINTER_MINUTE_TOO_LONG</c>: The minute is too long for MI format.</summary>
    public const string LintMinuteTooLong = "UDI-GS1-212";

    /// <summary><c>GS1_LINTER_SECOND_TOO_SHORT</c>: The second is too short for SS format.</summary>
    public const string LintSecondTooShort = "UDI-GS1-213";

    /// <summary><c>GS1_LINTER_SECOND_TOO_LONG</c>: The second is too long for SS format.</summary>
    public const string LintSecondTooLong = "UDI-GS1-214";

    /// <summary><c>GS1_LINTER_INVALID_PACKAGE_TYPE</c>: A valid PackageTypeCode is required.</summary>
    public const string LintInvalidPackageType = "UDI-GS1-215";

    /// <summary><c>GS1_LINTER_TOO_SHORT_FOR_GCP</c>: The component is shorter than the minimum length GS1 Company Prefix.</summary>
    public const string LintTooShortForGcp = "UDI-GS1-216";

    /// <summary><c>GS1_LINTER_IBAN_TOO_LONG</c>: The IBAN is too long.</summary>
    public const string LintIbanTooLong = "UDI-GS1-217";
}
