using System.Globalization;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Data.Seeding;

/// <summary>Reference data for synthetic seeding: the 20 pilot provinces of the precision poverty-alleviation
/// programme with their official codes, a small made-up hierarchy below each, and the partner agencies. Each
/// level is a flat list whose rows name their parent by code, so a seeder can add just the rows a database lacks.</summary>
/// <remarks>Province codes and names are the official ones. Districts, subdistricts and villages are synthetic
/// (named ตัวอย่าง, "sample"), but their codes follow the official scheme: each level's code extends its
/// parent's by two digits.</remarks>
public static class ReferenceData
{
    /// <summary>Districts per province, subdistricts per district and villages per subdistrict.</summary>
    public const int BranchingFactor = 2;

    private static readonly (string Code, string NameTh, string NameEn)[] PilotProvinces =
    [
        ("18", "ชัยนาท", "Chai Nat"),
        ("30", "นครราชสีมา", "Nakhon Ratchasima"),
        ("31", "บุรีรัมย์", "Buri Ram"),
        ("32", "สุรินทร์", "Surin"),
        ("33", "ศรีสะเกษ", "Si Sa Ket"),
        ("34", "อุบลราชธานี", "Ubon Ratchathani"),
        ("35", "ยโสธร", "Yasothon"),
        ("37", "อำนาจเจริญ", "Amnat Charoen"),
        ("42", "เลย", "Loei"),
        ("45", "ร้อยเอ็ด", "Roi Et"),
        ("46", "กาฬสินธุ์", "Kalasin"),
        ("47", "สกลนคร", "Sakon Nakhon"),
        ("49", "มุกดาหาร", "Mukdahan"),
        ("52", "ลำปาง", "Lampang"),
        ("58", "แม่ฮ่องสอน", "Mae Hong Son"),
        ("65", "พิษณุโลก", "Phitsanulok"),
        ("93", "พัทลุง", "Phatthalung"),
        ("94", "ปัตตานี", "Pattani"),
        ("95", "ยะลา", "Yala"),
        ("96", "นราธิวาส", "Narathiwat"),
    ];

    /// <summary>The national agencies households are referred to, with the codes policies/agencies.yaml gives them.</summary>
    public static IReadOnlyList<Agency> Agencies() =>
    [
        new() { Code = "mof", NameTh = "กระทรวงการคลัง", NameEn = "Ministry of Finance" },
        new() { Code = "codi", NameTh = "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", NameEn = "Community Organizations Development Institute (CODI)" },
        new() { Code = "eef", NameTh = "กองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.)", NameEn = "Equitable Education Fund (EEF)" },
        new() { Code = "ptt", NameTh = "มูลนิธิป่อเต็กตึ๊ง", NameEn = "Poh Teck Tung Foundation" },
        new() { Code = "pmua", NameTh = "หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่ (บพท.)", NameEn = "Program Management Unit on Area Based Development (PMU-A)" },
    ];

    /// <summary>The pilot provinces.</summary>
    public static IReadOnlyList<Province> Provinces() =>
        PilotProvinces.Select(p => new Province { Code = p.Code, NameTh = p.NameTh, NameEn = p.NameEn }).ToList();

    /// <summary><see cref="BranchingFactor"/> synthetic districts in each pilot province.</summary>
    public static IReadOnlyList<District> Districts() =>
        Provinces().SelectMany(p => Numbers().Select(n => new District
        {
            Code = p.Code + n, ProvinceCode = p.Code, NameTh = $"อำเภอตัวอย่าง {n}",
        })).ToList();

    /// <summary><see cref="BranchingFactor"/> synthetic subdistricts in each district.</summary>
    public static IReadOnlyList<Subdistrict> Subdistricts() =>
        Districts().SelectMany(d => Numbers().Select(n => new Subdistrict
        {
            Code = d.Code + n, DistrictCode = d.Code, NameTh = $"ตำบลตัวอย่าง {n}",
        })).ToList();

    /// <summary><see cref="BranchingFactor"/> synthetic villages in each subdistrict, in code order.</summary>
    public static IReadOnlyList<Village> Villages() =>
        Subdistricts().SelectMany(s => Numbers().Select(n => new Village
        {
            Code = s.Code + n, SubdistrictCode = s.Code, NameTh = $"หมู่ {int.Parse(n, CultureInfo.InvariantCulture)}",
        })).ToList();

    private static IEnumerable<string> Numbers() =>
        Enumerable.Range(1, BranchingFactor).Select(n => n.ToString("D2", CultureInfo.InvariantCulture));
}
