namespace MedDevice.Hub.Tests.Fhir.Search;

/// <summary>
/// Search cases over the <see cref="SearchCorpus"/>: a query (values unencoded; <c>{id:X}</c> and
/// <c>{lastUpdated:X}</c> are replaced by device X's) and the exact set of corpus devices it must return.
/// </summary>
public static class SearchCases
{
    public const string Universe = "A,B,C,D,E,F";

    public static IReadOnlyList<(string Query, string Expected)> All { get; } =
    [
        // string (device-name: deviceName.name, type.coding.display, type.text): prefix, case- and accent-insensitive by default
        ("device-name=may tho", "A,B"),
        ("device-name=MÁY", "A,B,E"),
        ("device-name=máy thở xâm", "A"),
        ("device-name=ventilator", "A"),
        ("device-name=bom", "C"),
        ("device-name=stent mach vanh", "D,F"),
        ("device-name=xach", ""),
        ("device-name:exact=Máy thở xách tay", "B"),
        ("device-name:exact=may tho xach tay", ""),
        ("device-name:exact=Máy thở", ""),
        ("device-name:contains=xach tay", "B"),
        ("device-name:contains=VENTILATOR", "A,B"),
        ("device-name=bom,stent", "C,D,F"),

        // token forms: system|code, code, |code, system|, :not
        ("identifier=https://fhir.meddevice.gov.vn/NamingSystem/registration-number|2502433ĐKLH/BYT-HTTB", "A"),
        ("identifier=CAT-1001", "A"),
        ("identifier=https://moh.gov.vn/id/catalogue|CAT-1001", "A"),
        ("identifier=https://sobyte.gov.vn/id/catalogue|CAT-1001", ""),
        ("identifier=|INT-7", "B"),
        ("identifier=INT-7", "B"),
        ("identifier=https://moh.gov.vn/id/catalogue|INT-7", ""),
        ("identifier=|CAT-1001", ""),
        ("identifier=https://moh.gov.vn/id/catalogue|", "A,E"),
        ("identifier=SHARED-9", "E"),
        ("identifier:not=https://fhir.meddevice.gov.vn/NamingSystem/registration-number|2100688ĐKLH/BYT-TB-CT", "A,B,E,F"),

        // references
        ("location=Location/kho-ha-noi", "A"),
        ("location=kho-tp-hcm", "B"),
        ("organization=Organization/org-0200748730", "B,D"),
        ("organization=org-0100109106", "A"),
        ("organization=Organization/bv-thong-nhat", "C"),
        ("patient=Patient/psn-7f3a", "C"),
        ("patient=psn-91c2", "F"),

        ("manufacturer=drager", "A"),
        ("manufacturer=cong ty", "B,D,F"),
        ("manufacturer:contains=braun", "C"),
        ("manufacturer:exact=GE Healthcare", "E"),
        ("model=evita", "A"),
        ("model=td-ses", "D"),
        ("model:exact=Perfusor Space", "C"),

        ("status=active", "A,C,D,E,F"),
        ("status=inactive", "B"),
        ("status=http://hl7.org/fhir/device-status|inactive", "B"),
        ("status:not=active", "B"),

        ("type=http://snomed.info/sct|706172005", "A"),
        ("type=706172005", "A"),
        ("type=|infusion-pump", "C"),
        ("type=http://snomed.info/sct|infusion-pump", ""),
        ("type:not=706172005", "B,C,D,E,F"),

        ("udi-carrier=(01)08931234567897", "C"),
        ("udi-carrier:contains=L2511-07A", "F"),
        ("udi-di=08935012345677", "D,F"),
        ("udi-di=0871", "A,B"),
        ("udi-di:exact=0871", ""),

        ("url=https://registry.meddevice.gov.vn/devices/evita-v300", "A"),
        ("url=https://registry.meddevice.gov.vn/devices", ""),

        // the hub's own parameters
        ("registration-number=2502433ĐKLH/BYT-HTTB", "A"),
        ("registration-number=2502433DKLH/BYT-HTTB", "A"),
        ("registration-number=2100688ĐKLH/BYT-TB-CT", "C,D"),
        ("registration-number=https://fhir.meddevice.gov.vn/NamingSystem/registration-number|220002087/PCBB-HCM", "B"),
        ("registration-number:not=2100688ĐKLH/BYT-TB-CT", "A,B,E,F"),
        ("risk-class=C", "A"),
        ("risk-class=https://fhir.meddevice.gov.vn/CodeSystem/risk-class|D", "D,F"),
        ("risk-class=B", "B,C"),
        ("risk-class=A,C", "A,E"),
        ("risk-class:not=D", "A,B,C,E"),
        ("holder=https://fhir.meddevice.gov.vn/NamingSystem/tax-code|0100109106", "A,E"),
        ("holder=0200748730", "B,D,F"),
        ("holder=79024", "C"),
        ("holder=https://fhir.meddevice.gov.vn/NamingSystem/tax-code|79024", ""),
        ("serial-number=sn-77", "C"),
        ("serial-number:exact=SN-77", ""),
        ("serial-number:exact=SN-77-A", "C"),
        ("lot-number=lot-2025", "C"),
        ("lot-number=L2511", "F"),
        ("lot-number:contains=2025", "C"),

        ("_id={id:A}", "A"),
        ("_id={id:A},{id:D}", "A,D"),
        ("_lastUpdated=gt{lastUpdated:C}", "D,E,F"),
        ("_lastUpdated=lt{lastUpdated:C}", "A,B"),
        ("_lastUpdated=ge{lastUpdated:C}", "C,D,E,F"),
        ("_lastUpdated=le{lastUpdated:C}", "A,B,C"),
        ("_lastUpdated={lastUpdated:C}", "C"),
        ("_lastUpdated=eq{lastUpdated:C}", "C"),
        ("_lastUpdated=ne{lastUpdated:C}", "A,B,D,E,F"),
        ("_lastUpdated=ge{lastUpdated:B}&_lastUpdated=lt{lastUpdated:E}", "B,C,D"),
        ("_lastUpdated=lt2000-01-01", ""),
        ("_lastUpdated=gt2000", Universe),

        // repeated parameters are AND
        ("device-name=may&risk-class=C", "A"),
        ("device-name=stent&lot-number=L2511", "F"),
        ("status=active&holder=0200748730", "D,F"),
    ];

    /// <summary>The cases as theory data.</summary>
    public static TheoryData<string, string> Data()
    {
        var data = new TheoryData<string, string>();
        foreach (var (query, expected) in All)
        {
            data.Add(query, expected);
        }

        return data;
    }

    /// <summary>The parameter names a query uses (modifiers removed).</summary>
    public static IEnumerable<string> ParametersOf(string query) =>
        query.Split('&').Select(p => p[..p.IndexOf('=', StringComparison.Ordinal)]).Select(n => n.Split(':')[0]);

    public static string[] Keys(string expected) => expected.Length == 0 ? [] : expected.Split(',');
}
