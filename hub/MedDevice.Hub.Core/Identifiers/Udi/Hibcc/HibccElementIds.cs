namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>
/// Element ids of a parsed HIBCC UDI (<see cref="UdiElement.Id"/>), in input order.
/// <list type="bullet">
/// <item>Primary data: <c>LIC</c> labeler, <c>PCN</c> product/catalog number, <c>UOM</c> unit of measure.</item>
/// <item>A flag carrying one datum keeps its flag as id: <c>$</c> lot, <c>$+</c> serial, <c>$$7</c> lot,
/// <c>$$+7</c> serial, <c>/S</c> serial, <c>/14D</c> expiry, <c>/16D</c> manufacture date, <c>/Q</c> quantity.</item>
/// <item>A flag carrying a date and a lot/serial yields two elements: the date under the flag
/// (<c>$$</c> MMYY, <c>$$2</c>…<c>$$6</c>; <c>$$+</c>, <c>$$+2</c>…<c>$$+6</c>) and the rest under <c>$</c> (lot)
/// or <c>$+</c> (serial), even when empty, so the symbol can be rendered again.</item>
/// <item><c>$$8</c>/<c>$$9</c> quantity (2/5 digits) is followed by the element of its date/lot part
/// (<c>$$</c>, <c>$$2</c>…<c>$$6</c> + <c>$</c>, or <c>$$7</c>).</item>
/// <item>The legacy secondary <c>+YYJJJlot</c> has no flag: its date is reported as <c>$$5</c> and its lot as <c>$</c>.</item>
/// </list>
/// Values are the characters as printed (dates raw, quantities with leading zeros); check and link characters are not elements.
/// </summary>
public static class HibccElementIds
{
    /// <summary>Labeler Identification Code (4 characters).</summary>
    public const string Labeler = "LIC";

    /// <summary>Product or Catalog Number (1–18 characters).</summary>
    public const string Product = "PCN";

    /// <summary>Unit of Measure (1 digit).</summary>
    public const string UnitOfMeasure = "UOM";

    /// <summary>Lot number.</summary>
    public const string Lot = "$";

    /// <summary>Serial number.</summary>
    public const string Serial = "$+";

    /// <summary>Lot number, alternative flag.</summary>
    public const string LotAlternative = "$$7";

    /// <summary>Serial number, alternative flag.</summary>
    public const string SerialAlternative = "$$+7";

    /// <summary>Quantity, 2 digits.</summary>
    public const string QuantityTwoDigits = "$$8";

    /// <summary>Quantity, 5 digits.</summary>
    public const string QuantityFiveDigits = "$$9";

    /// <summary>Supplemental serial number.</summary>
    public const string SupplementalSerial = "/S";

    /// <summary>Supplemental expiry date YYYYMMDD.</summary>
    public const string SupplementalExpiry = "/14D";

    /// <summary>Supplemental manufacture date YYYYMMDD.</summary>
    public const string ManufactureDate = "/16D";

    /// <summary>Supplemental quantity.</summary>
    public const string SupplementalQuantity = "/Q";

    private static readonly string[] ExpiryWithLotIds = ["$$", "$$2", "$$3", "$$4", "$$5", "$$6"];
    private static readonly string[] ExpiryWithSerialIds = ["$$+", "$$+2", "$$+3", "$$+4", "$$+5", "$$+6"];

    /// <summary>The id of an expiry date followed by a lot (<paramref name="serial"/> false) or a serial.</summary>
    public static string ExpiryId(HibccDateFormat format, bool serial)
    {
        if (format > HibccDateFormat.YearJulianHour)
        {
            throw new ArgumentOutOfRangeException(nameof(format));
        }

        return (serial ? ExpiryWithSerialIds : ExpiryWithLotIds)[(int)format];
    }

    /// <summary>The date layout an element id carries, if any (e.g. <c>$$4</c> → YYMMDDHH, <c>/16D</c> → YYYYMMDD).</summary>
    public static HibccDateFormat? DateFormatOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id is SupplementalExpiry or ManufactureDate)
        {
            return HibccDateFormat.FullYearMonthDay;
        }

        var index = Array.IndexOf(ExpiryWithLotIds, id);
        if (index < 0)
        {
            index = Array.IndexOf(ExpiryWithSerialIds, id);
        }

        return index < 0 ? null : (HibccDateFormat)index;
    }

    /// <summary>The date layout selected by the character after <c>$$</c>/<c>$$+</c>: 0/1 start MMYY, 2–6 a format.</summary>
    internal static HibccDateFormat? FormatFromIndicator(char c) => c switch
    {
        '0' or '1' => HibccDateFormat.MonthYear,
        >= '2' and <= '6' => (HibccDateFormat)(c - '1'),
        _ => null,
    };
}
