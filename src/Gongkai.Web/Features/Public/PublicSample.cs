using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Public;

/// <summary>The demonstration's public sites: each sample agency a code, a 指南 and (with the registers) a 目录.</summary>
public static class PublicSample
{
    private static readonly Dictionary<string, string> Codes = new()
    {
        ["示范区人民政府办公室"] = "sfq-zfb",
        ["示范区教育局"] = "sfq-jyj",
        ["示范区住房和城乡建设局"] = "sfq-zjj",
        ["示范区幸福街道办事处"] = "sfq-xfjd",
        ["示范区和平街道办事处"] = "sfq-hpjd",
        ["示范区卫生健康局"] = "sfq-wjj",
    };

    public static async Task EnsureAsync(GongkaiDb db, bool catalogue, DateOnly today, CancellationToken ct = default)
    {
        var agencies = await db.Agencies.OrderBy(a => a.Id).ToListAsync(ct);
        var n = 0;
        foreach (var a in agencies)
        {
            if (!Codes.TryGetValue(a.Name, out var code) || a.PublicCode is not null) continue;
            n++;
            a.PublicCode = code;
            a.AcceptsOnline = true;
            db.Guides.Add(Guide(a, n, today));
            if (!catalogue) continue;
            var year = today.Year - 1;
            var abbr = a.NoticeCode ?? "示范区";
            db.ProactiveItems.AddRange(
                Item(a, year, "normativeDocuments", $"{a.Name}关于进一步规范政府信息公开申请办理工作的通知", $"{abbr}〔{year}〕1号", new DateOnly(year, 3, 2)),
                Item(a, year, "normativeDocuments", $"{a.Name}政府信息公开保密审查办法", $"{abbr}〔{year}〕3号", new DateOnly(year, 5, 18)),
                Item(a, year - 1, "normativeDocuments", $"{a.Name}政府信息依申请公开工作规程（试行）", $"{abbr}〔{year - 1}〕7号", new DateOnly(year - 1, 6, 1),
                    repealed: new DateOnly(year, 5, 18)),
                Item(a, year, "licensing", $"{a.Name}{year}年第一季度行政许可决定公示", null, new DateOnly(year, 4, 8)),
                Item(a, year, "penalty", $"{a.Name}{year}年行政处罚决定公示（第一批）", null, new DateOnly(year, 7, 15)));
        }
        await db.SaveChangesAsync(ct);
    }

    private static ProactiveItem Item(Agency a, int year, string category, string title, string? number, DateOnly on, DateOnly? repealed = null) => new()
    {
        AgencyId = a.Id, Year = year, Category = category, Title = title, DocumentNumber = number, PublishedOn = on, RepealedOn = repealed,
    };

    private static AgencyGuide Guide(Agency a, int n, DateOnly today) => new()
    {
        AgencyId = a.Id, Version = 1, PublishedOn = new DateOnly(today.Year, 1, 2) > today ? today : new DateOnly(today.Year, 1, 2),
        Office = $"{a.Name}政府信息公开工作机构（办公室）",
        Address = $"示范市示范区人民路{100 + n}号", Postcode = "100000", Hours = "工作日上午9:00—12:00，下午13:30—17:30（法定节假日除外）",
        Phone = $"010-8888{1000 + n}", Fax = $"010-8888{2000 + n}", Email = $"gk{n}@example.gov.cn",
        Ways = "当面提交：在办公时间到上述地址填写申请表（也可下载申请表填好后带来）。\n邮寄提交：将申请表寄至上述地址，信封注明“政府信息公开申请”。\n网上提交：在本网站“网上申请”页面填写提交，提交后取得申请编号和查询码。",
        Handling = "本机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限不超过20个工作日（条例第三十三条）。\n申请内容不明确的，本机关在收到申请之日起7个工作日内一次性告知补正，答复期限自收到补正后的申请之日起计算（条例第三十条）。\n网上提交的申请，以双方确认之日为收到申请之日（条例第三十一条）。",
        Fees = "依申请提供政府信息，不收取费用。申请公开政府信息的数量、频次明显超过合理范围的，按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费。",
        Remedies = $"申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以向{a.ReviewBody ?? "上一级行政机关"}申请行政复议，或者向{a.Court ?? "有管辖权的人民法院"}提起行政诉讼（条例第五十一条）。",
        EditedBy = "示例数据", EditedAt = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    };
}
