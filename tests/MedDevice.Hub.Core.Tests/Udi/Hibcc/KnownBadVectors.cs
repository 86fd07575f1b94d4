namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

/// <summary>
/// The one list of HIBCC and ISBT 128 vectors (or vector fields) that are not compared as written, each with the reason.
/// Keys are "file:comment" (HIBCC) or "file:line" (ISBT).
/// </summary>
internal static class KnownBadVectors
{
    /// <summary>Whole vectors excluded from the data-driven tests.</summary>
    public static readonly IReadOnlyDictionary<string, string> Excluded = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Vector fields not compared as written: the date's value is still compared, its raw/format are not.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DateRawFormatNotCompared = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hibc_vectors_barcodeparserbuilder.jsonl:2D - Quantity #2"] =
            "set ValidHibcBuildingBarcodes (build-only): ProductionDate raw '111212' format 'yyMMdd' describe the builder's " +
            "input object, but the barcode carries /16D20111212 (YYYYMMDD); the value 2011-12-12 is compared.",
    };

    /// <summary>
    /// ISBT 128 vectors a strict parser rejects by design (they pass in lenient mode, with the expected fields).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Code, string Reason)> IsbtStrictRejected =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["isbt128_vectors.jsonl:2"] = (
                MedDevice.Hub.Core.Identifiers.Udi.Iccbba.IsbtErrorCodes.ShortDataStructure,
                "=/ (data structure 034) is 16 characters; the 14-digit GTIN 08717648200274 is not a PPIC. AccessGUDID " +
                "accepts it, so lenient mode keeps it with a warning; strict mode rejects it."),
        };
}
