namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>The deprecated GS1 Digital Link 1.0 "convenience alphas" (e.g. <c>/gtin/</c> for AI 01).</summary>
internal static class Gs1DigitalLinkAlphas
{
    /// <summary>The AI for a convenience alpha, or null.</summary>
    public static string? ToAi(ReadOnlySpan<char> alpha) => alpha switch
    {
        "sscc" => "00",
        "gtin" => "01",
        "lot" => "10",
        "ser" => "21",
        "cpv" => "22",
        "tpx" => "235",
        "gdti" => "253",
        "glnx" => "254",
        "gcn" => "255",
        "ginc" => "401",
        "gsin" => "402",
        "gln" => "414",
        "payTo" => "415",
        "party" => "417",
        "grai" => "8003",
        "giai" => "8004",
        "itip" => "8006",
        "cpid" => "8010",
        "cpsn" => "8011",
        "gmn" => "8013",
        "gsrnp" => "8017",
        "gsrn" => "8018",
        "srin" => "8019",
        "refno" => "8020",
        _ => null,
    };
}
