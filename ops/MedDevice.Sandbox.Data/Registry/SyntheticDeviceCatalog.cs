namespace MedDevice.Sandbox.Data.Registry;

/// <summary>
/// The vocabulary of the sandbox registry: device categories with realistic Vietnamese names and risk classes
/// (NĐ 98/2021), and fictitious manufacturers. About half of the weight is on "Máy …" (equipment), so a prefix search
/// for "máy" hits a large share while a full name with brand and series hits a handful.
/// </summary>
internal static class SyntheticDeviceCatalog
{
    public static IReadOnlyList<SyntheticDeviceCategory> Categories { get; } =
    [
        new("Máy thở", "ventilator", 'C', "VT", 3, ["chức năng cao", "xâm nhập và không xâm nhập", "vận chuyển", "sơ sinh", "không xâm nhập CPAP/BiPAP"]),
        new("Bơm tiêm điện", "syringe-pump", 'C', "SP", 4, ["một kênh", "hai kênh", "có kết nối trạm trung tâm"]),
        new("Máy truyền dịch", "infusion-pump", 'C', "IP", 3, ["tự động", "thể tích", "đếm giọt"]),
        new("Stent mạch vành", "coronary-stent", 'D', "CS", 3, ["phủ thuốc Sirolimus", "phủ thuốc Everolimus", "kim loại trần"]),
        new("Khớp háng nhân tạo", "hip-prosthesis", 'D', "HP", 2, ["toàn phần không xi măng", "toàn phần có xi măng", "bán phần"]),
        new("Khớp gối nhân tạo", "knee-prosthesis", 'D', "KP", 2, ["toàn phần", "một khoang"]),
        new("Máy siêu âm", "ultrasound", 'C', "US", 3, ["chẩn đoán màu 4D", "xách tay", "tim mạch", "sản phụ khoa"]),
        new("Máy xét nghiệm sinh hóa", "chemistry-analyzer", 'B', "CA", 3, ["tự động", "bán tự động"]),
        new("Máy xét nghiệm huyết học", "hematology-analyzer", 'B', "HA", 2, ["tự động 5 thành phần", "tự động 3 thành phần"]),
        new("Máy xét nghiệm miễn dịch", "immunoassay-analyzer", 'B', "IA", 2, ["tự động", "hóa phát quang"]),
        new("Máy đo huyết áp", "blood-pressure-monitor", 'B', "BP", 4, ["điện tử bắp tay", "điện tử cổ tay", "cơ"]),
        new("Nhiệt kế điện tử", "thermometer", 'B', "TH", 3, ["hồng ngoại đo trán", "kẹp nách"]),
        new("Găng tay khám bệnh", "examination-glove", 'A', "GL", 5, ["nitrile không bột", "latex có bột", "latex không bột"]),
        new("Khẩu trang y tế", "face-mask", 'A', "FM", 5, ["3 lớp", "4 lớp kháng khuẩn", "N95"]),
        new("Gạc y tế", "gauze", 'A', "GZ", 4, ["vô trùng", "phẫu thuật cản quang"]),
        new("Bơm kim tiêm dùng một lần", "syringe", 'B', "SY", 5, ["1 ml", "3 ml", "5 ml", "10 ml", "20 ml", "50 ml"]),
        new("Kim luồn tĩnh mạch", "iv-cannula", 'B', "IV", 3, ["có cánh có cửa", "an toàn"]),
        new("Ống thông tiểu", "urinary-catheter", 'B', "UC", 2, ["Foley 2 nhánh", "Foley 3 nhánh"]),
        new("Ống nội khí quản", "endotracheal-tube", 'B', "ET", 2, ["có bóng", "không bóng"]),
        new("Máy theo dõi bệnh nhân", "patient-monitor", 'C', "PM", 3, ["5 thông số", "7 thông số", "sơ sinh"]),
        new("Máy điện tim", "ecg", 'B', "EC", 2, ["3 kênh", "6 kênh", "12 kênh"]),
        new("Máy X-quang", "x-ray", 'C', "XR", 2, ["kỹ thuật số", "di động", "C-arm"]),
        new("Máy chụp cắt lớp vi tính", "ct-scanner", 'C', "CT", 1, ["16 lát cắt", "64 lát cắt", "128 lát cắt"]),
        new("Máy cộng hưởng từ", "mri", 'C', "MR", 1, ["1.5 Tesla", "3.0 Tesla"]),
        new("Máy lọc máu", "dialysis-machine", 'C', "DM", 2, ["thận nhân tạo", "liên tục CRRT"]),
        new("Máy tạo nhịp tim", "pacemaker", 'D', "PC", 1, ["cấy ghép một buồng", "cấy ghép hai buồng"]),
        new("Van tim nhân tạo", "heart-valve", 'D', "HV", 1, ["cơ học", "sinh học"]),
        new("Thủy tinh thể nhân tạo", "intraocular-lens", 'C', "IL", 2, ["đơn tiêu", "đa tiêu", "mềm gấp được"]),
        new("Máy phá rung tim", "defibrillator", 'C', "DF", 1, ["tự động AED", "hai pha"]),
        new("Khay thử xét nghiệm định tính", "rapid-test", 'B', "RT", 3, ["kháng nguyên SARS-CoV-2", "HBsAg", "hCG"]),
        new("Giường bệnh", "hospital-bed", 'A', "HB", 2, ["đa năng điều khiển điện", "cơ 2 tay quay"]),
        new("Xe lăn", "wheelchair", 'A', "WC", 2, ["tay", "điện"]),
        new("Máy hút dịch", "suction-unit", 'B', "SU", 2, ["phẫu thuật", "di động"]),
        new("Dao mổ điện", "electrosurgical-unit", 'C', "ES", 1, ["cao tần", "lưỡng cực"]),
        new("Chỉ khâu phẫu thuật", "suture", 'C', "SR", 3, ["tự tiêu", "không tiêu"]),
        new("Nẹp vít chấn thương chỉnh hình", "bone-plate", 'C', "BO", 2, ["khóa titan", "mini"]),
        new("Máy nội soi", "endoscope", 'B', "EN", 2, ["dạ dày", "đại tràng", "tai mũi họng"]),
        new("Máy tạo oxy", "oxygen-concentrator", 'B', "OX", 2, ["5 lít", "10 lít"]),
        new("Máy đo đường huyết", "glucometer", 'B', "GM", 3, ["cá nhân", "bệnh viện"]),
        new("Máy đo nồng độ oxy trong máu SpO2", "pulse-oximeter", 'B', "PO", 3, ["kẹp ngón", "cầm tay"]),
    ];

    public static IReadOnlyList<SyntheticManufacturer> Manufacturers { get; } =
    [
        new("Aurelis Medical GmbH", "Aurelis", "Đức", "404", "A471"),
        new("Kanemura Medical Co., Ltd.", "Kanemura", "Nhật Bản", "456", "K208"),
        new("Shenzhen Huakang Medical Equipment Co., Ltd.", "Huakang", "Trung Quốc", "693", null),
        new("Northbay Surgical Inc.", "Northbay", "Hoa Kỳ", "008", "N120"),
        new("Hanseong Medics Co., Ltd.", "Hanseong", "Hàn Quốc", "880", null),
        new("Công ty Cổ phần Trang thiết bị Y tế Sông Hồng", "Sông Hồng", "Việt Nam", "893", null),
        new("Công ty TNHH Vật tư Y tế Phú An", "Phú An", "Việt Nam", "893", null),
        new("Lyonnaise de Dispositifs Médicaux SA", "Lyonmed", "Pháp", "300", "L317"),
        new("Alpenmed AG", "Alpenmed", "Thụy Sĩ", "761", "A808"),
        new("Bharat Surgicare Pvt. Ltd.", "Surgicare", "Ấn Độ", "890", "B264"),
        new("Taipei Precision Medical Corp.", "TPM", "Đài Loan", "471", null),
        new("Meditalia S.p.A.", "Meditalia", "Ý", "800", "M746"),
    ];

    private static readonly int[] CumulativeWeights = Cumulative();

    /// <summary>The category for a draw in [0, total weight).</summary>
    public static SyntheticDeviceCategory CategoryFor(int draw)
    {
        var position = Array.BinarySearch(CumulativeWeights, draw + 1);
        return Categories[position >= 0 ? position : ~position];
    }

    /// <summary>The sum of the category weights.</summary>
    public static int TotalWeight => CumulativeWeights[^1];

    private static int[] Cumulative()
    {
        var sums = new int[Categories.Count];
        var total = 0;
        for (var i = 0; i < sums.Length; i++)
        {
            total += Categories[i].Weight;
            sums[i] = total;
        }

        return sums;
    }
}
