using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Tests.Generation;

/// <summary>
/// Random but deterministic annual reports (one <see cref="Random"/> seed, one report) whose tables obey every
/// 勾稽关系 of their layout and whose 总体情况 quotes the tables' own numbers. The numbers look like real ones:
/// mostly zeros and small counts, now and then hundreds of applications or a million licensing decisions,
/// signed 本年增/减, and 万元 amounts with up to six decimals.
/// </summary>
public static class ReportGenerator
{
    public static Report Generate(int seed) => Generate(Seeded(seed));

    /// <summary>
    /// A generator for one seed. <c>new Random(seed)</c> alone gives consecutive seeds nearly linear first draws
    /// (0.726, 0.249, 0.771, 0.294 … for seeds 0, 1, 2, 3), so seeds are scrambled first (lowbias32).
    /// </summary>
    public static Random Seeded(int seed)
    {
        var x = unchecked((uint)seed);
        x ^= x >> 16;
        x = unchecked(x * 0x7feb352d);
        x ^= x >> 15;
        x = unchecked(x * 0x846ca68b);
        x ^= x >> 16;
        return new Random((int)(x & 0x7fffffff));
    }

    /// <param name="template">null: either template, evenly.</param>
    /// <param name="otherCollapsed">For 2021 only: print 三（六）其他处理 as one row. null: one report in five.</param>
    public static Report Generate(Random rng, TemplateId? template = null, bool? otherCollapsed = null)
    {
        var id = template ?? (rng.Next(2) == 0 ? TemplateId.V2019 : TemplateId.V2021);
        var collapsed = id == TemplateId.V2021 && (otherCollapsed ?? rng.NextDouble() < 0.2);
        var layout = TemplateCatalog.Get(id, collapsed);
        var year = id == TemplateId.V2019 ? rng.Next(2019, 2021) : rng.Next(2021, 2026);
        var activity = Activity(rng);

        var report = new Report
        {
            Layout = layout,
            Year = year,
            Agency = AgencyName(rng),
            Published = rng.NextDouble() < 0.55 ? new DateOnly(year + 1, rng.Next(1, 4), rng.Next(1, 29)) : null,
            Proactive = Proactive(rng, layout.Proactive),
            Applications = Applications(rng, layout.Applications, activity),
            ReviewLitigation = ReviewLitigation(rng, layout.ReviewLitigation, activity),
        };
        return report with { Narrative = Prose.Write(rng, report) };
    }

    /// <summary>How many applications an office gets: a quiet 街道 sees none, a district government hundreds.</summary>
    private static double Activity(Random rng) => rng.NextDouble() switch
    {
        < 0.2 => 0,
        < 0.45 => 0.4,
        < 0.7 => 3,
        < 0.9 => 20,
        _ => 120,
    };

    /// <summary>A count with the given mean: zero with probability e^-mean, else exponentially spread.</summary>
    internal static int Count(Random rng, double mean)
    {
        if (mean <= 0 || rng.NextDouble() < Math.Exp(-mean)) return 0;
        return 1 + (int)Math.Min(-Math.Log(1 - rng.NextDouble()) * mean, 5_000_000);
    }

    /// <summary>Zero half the time, otherwise anything from 1 to about two million (1657007 处理决定 is real).</summary>
    private static int Wide(Random rng) => rng.NextDouble() switch
    {
        < 0.45 => 0,
        < 0.65 => rng.Next(1, 100),
        < 0.88 => rng.Next(100, 100_000),
        _ => rng.Next(100_000, 2_000_000),
    };

    /// <summary>万元: 0, whole (93968), or with up to six decimals (35.083, 3522.436287).</summary>
    private static decimal Amount(Random rng)
    {
        var r = rng.NextDouble();
        if (r < 0.3) return 0;
        var whole = rng.NextDouble() < 0.5 ? rng.Next(0, 1000) : rng.Next(1000, 200_000);
        if (r < 0.55) return Math.Max(whole, 1);
        var places = rng.Next(1, 7);
        var fraction = rng.Next(1, (int)Math.Pow(10, places));
        return whole + fraction / (decimal)Math.Pow(10, places);
    }

    private static SectionData Proactive(Random rng, SectionLayout layout)
    {
        var cells = new decimal?[layout.CellCount];
        foreach (var row in layout.Rows)
        {
            void Set(string field, decimal value) => cells[row.Offset + row.FieldIndex(field)] = value;
            var rare = row.Key == "regulations" && rng.NextDouble() < 0.85; // few offices make 规章
            switch (row.Fields[0].Key)
            {
                case "newlyMade": // 2019 第二十条第（一）项: 对外公开总数量 ≥ 本年新公开数量 ≤ 本年新制作数量
                {
                    var made = rare ? 0 : Count(rng, 8);
                    var published = rng.NextDouble() < 0.8 ? made : rng.Next(0, made + 1);
                    Set("newlyMade", made);
                    Set("newlyPublished", published);
                    Set("totalPublished", published + (rare ? 0 : Count(rng, 80)));
                    break;
                }
                case "issued": // 2021 第二十条第（一）项
                    Set("issued", rare ? 0 : Count(rng, 6));
                    Set("repealed", rare ? 0 : Count(rng, 2));
                    Set("inForce", rare ? 0 : Count(rng, 60));
                    break;
                case "previousCount": // 2019 (五)(六)(八): 上一年项目数量 + 本年增/减 ≥ 0
                {
                    var previous = rng.NextDouble() < 0.3 ? 0 : Wide(rng) / (rng.NextDouble() < 0.7 ? 100 : 1);
                    var change = rng.NextDouble() switch
                    {
                        < 0.4 => 0,
                        < 0.75 => Count(rng, 40),
                        _ => -Math.Min(previous, Count(rng, 30)),
                    };
                    Set("previousCount", previous);
                    Set("change", change);
                    if (row.FieldIndex("decisions") >= 0) Set("decisions", Wide(rng));
                    break;
                }
                case "decisions": // 2021 (五)(六)
                    Set("decisions", Wide(rng));
                    break;
                case "projects":
                    Set("projects", rng.NextDouble() < 0.3 ? 0 : Count(rng, 300));
                    Set("amountWan", Amount(rng));
                    break;
                case "amountWan": // 2021 (八) 行政事业性收费
                    Set("amountWan", Amount(rng));
                    break;
                default:
                    throw new InvalidOperationException($"generator does not know proactive field {row.Fields[0].Key}");
            }
        }
        return new SectionData(layout, Done(cells, layout));
    }

    private static readonly IReadOnlyDictionary<string, double> OutcomeWeight = new Dictionary<string, double>
    {
        ["granted"] = 1.0,
        ["partiallyGranted"] = 0.15,
        ["withheld.stateSecret"] = 0.01,
        ["withheld.prohibitedByLaw"] = 0.02,
        ["withheld.endangersSafety"] = 0.01,
        ["withheld.thirdPartyRights"] = 0.05,
        ["withheld.internalAffairs"] = 0.06,
        ["withheld.processInformation"] = 0.05,
        ["withheld.enforcementFiles"] = 0.04,
        ["withheld.administrativeQuery"] = 0.03,
        ["unavailable.notHeld"] = 0.6,
        ["unavailable.needsCreation"] = 0.08,
        ["unavailable.stillUnclear"] = 0.04,
        ["notProcessed.petitionOrComplaint"] = 0.06,
        ["notProcessed.repeated"] = 0.06,
        ["notProcessed.publication"] = 0.01,
        ["notProcessed.excessive"] = 0.02,
        ["notProcessed.confirmOrReissue"] = 0.02,
        ["other"] = 0.08,
        ["other.noCorrection"] = 0.05,
        ["other.feeUnpaid"] = 0.005,
        ["other.other"] = 0.05,
    };

    private static readonly double[] ApplicantWeight = [1.0, 0.25, 0.01, 0.02, 0.08, 0.06];

    /// <summary>
    /// Outcomes first, per applicant column; then 结转下年度 and 上年结转 (never more than can be handled), and
    /// 本年新收 is what balances 第一项加第二项 = 第三项加第四项. The 总计 column is the sum of the six.
    /// </summary>
    private static SectionData Applications(Random rng, SectionLayout layout, double activity)
    {
        var cells = new decimal?[layout.CellCount];
        var columns = layout.Rows[0].Fields;
        var totalField = columns.Length - 1;
        int Cell(string row, int field) => layout.Row(row)!.Offset + field;
        for (var f = 0; f < totalField; f++)
        {
            var mean = activity * ApplicantWeight[f];
            decimal handled = 0;
            foreach (var row in layout.Rows.Where(r => r.Role == RowRole.Outcome))
            {
                var v = Count(rng, mean * OutcomeWeight[row.Key]);
                cells[row.Offset + f] = v;
                handled += v;
            }
            var forward = Count(rng, mean * 0.04);
            var over = Math.Min(Count(rng, mean * 0.04), handled + forward);
            cells[Cell("total", f)] = handled;
            cells[Cell("carriedForward", f)] = forward;
            cells[Cell("carriedOver", f)] = over;
            cells[Cell("newReceived", f)] = handled + forward - over;
        }
        foreach (var row in layout.Rows)
            cells[row.Offset + totalField] = Enumerable.Range(0, totalField).Sum(f => cells[row.Offset + f]!.Value);
        return new SectionData(layout, Done(cells, layout));
    }

    private static SectionData ReviewLitigation(Random rng, SectionLayout layout, double activity)
    {
        var cells = new decimal?[layout.CellCount];
        foreach (var row in layout.Rows)
        {
            var mean = activity * (row.Key == "review" ? 0.05 : 0.03);
            decimal sum = 0;
            for (var f = 0; f < row.Fields.Length - 1; f++)
            {
                var v = Count(rng, mean * (f == 0 ? 1 : 0.4));
                cells[row.Offset + f] = v;
                sum += v;
            }
            cells[row.Offset + row.FieldIndex("total")] = sum;
        }
        return new SectionData(layout, Done(cells, layout));
    }

    private static ImmutableArray<decimal?> Done(decimal?[] cells, SectionLayout layout)
    {
        for (var i = 0; i < cells.Length; i++)
            if (cells[i] is null) throw new InvalidOperationException($"generator left {layout.CellPath(i)} empty");
        return [.. cells];
    }

    private static readonly (string City, string[] Districts)[] Places =
    [
        ("广州市", ["荔湾区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区"]),
        ("深圳市", ["福田区", "罗湖区", "南山区", "宝安区", "龙岗区"]),
        ("佛山市", ["禅城区", "南海区", "顺德区", "三水区", "高明区"]),
        ("杭州市", ["上城区", "西湖区", "滨江区", "余杭区"]),
        ("成都市", ["锦江区", "青羊区", "武侯区", "成华区"]),
        ("武汉市", ["江岸区", "江汉区", "武昌区", "洪山区"]),
    ];
    private static readonly string[] Departments = ["人民政府", "人民政府办公室", "政务服务数据管理局", "司法局", "财政局", "教育局", "卫生健康局", "民政局", "市场监督管理局", "住房和城乡建设局", "城市管理和综合执法局", "水务局", "统计局", "退役军人事务局", "医疗保障局"];
    private static readonly string[] Streets = ["逢源", "花地", "沙面", "多宝", "龙津", "石围塘", "冲口", "南源", "桥南", "市桥", "钟村", "江埔"];

    /// <summary>"广州市荔湾区人民政府逢源街道办事处", "广州市番禺区人民政府", "荔湾区花地街", "广州市卫生健康委员会".</summary>
    private static string AgencyName(Random rng)
    {
        string Pick(string[] xs) => xs[rng.Next(xs.Length)];
        var (city, districts) = Places[rng.Next(Places.Length)];
        var district = Pick(districts);
        return rng.Next(8) switch
        {
            0 => $"{city}{district}人民政府{Pick(Streets)}街道办事处",
            1 => $"{district}{Pick(Streets)}街",
            2 => $"{city}{district}{Pick(Streets)}镇人民政府",
            3 => $"{city}{Pick(["卫生健康委员会", "发展和改革委员会", "人民政府办公厅", "交通运输局", "规划和自然资源局"])}",
            _ => $"{city}{district}{Pick(Departments)}",
        };
    }

    /// <summary>The prose of 一、五、六 (and sometimes a preamble), quoting the tables' numbers.</summary>
    private static class Prose
    {
        public static Narrative Write(Random rng, Report r)
        {
            var a = r.Applications;
            var rl = r.ReviewLitigation;
            var p = r.Proactive;
            var field = r.Format == TemplateId.V2019 ? "newlyPublished" : "issued";
            decimal regulations = p["regulations", field]!.Value, normative = p["normativeDocuments", field]!.Value;
            var others = ReportGenerator.Count(rng, 120);
            var year = r.Year!.Value;
            string N(decimal? d) => d!.Value.ToString(CultureInfo.InvariantCulture);
            decimal Sum(string f, params string[] rows) => rows.Sum(row => rl[row, f]!.Value);

            var overview = new List<string>
            {
                $"{year}年，{r.Agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，" +
                "坚持“以公开为常态、不公开为例外”原则，扎实推进决策、执行、管理、服务、结果公开，政务公开工作取得了一定成效。",
                $"（一）主动公开方面。全年主动公开政府信息{regulations + normative + others}条，其中规章{regulations}条、" +
                $"{(rng.Next(2) == 0 ? "规范性文件" : "行政规范性文件")}{normative}条、其他信息{others}条。",
                $"（二）依申请公开方面。全年共受理政府信息公开申请{N(a["newReceived", "total"])}件，" +
                $"结转上年政府信息公开申请{N(a["carriedOver", "total"])}件，按时办结政府信息公开申请{N(a["total", "total"])}件，" +
                $"{N(a["carriedForward", "total"])}件结转下年度继续办理。",
            };
            if (Sum("total", "review", "litigationDirect", "litigationAfterReview") == 0 && rng.Next(2) == 0)
                overview.Add("（三）行政复议和行政诉讼方面。本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。");
            else
                overview.Add("（三）行政复议和行政诉讼方面。所作政府信息公开申请答复" +
                    $"被行政复议共{Sum("total", "review")}件，其中结果维持{Sum("upheld", "review")}宗、结果纠正{Sum("corrected", "review")}宗、" +
                    $"其他结果{Sum("other", "review")}宗、尚未审结{Sum("pending", "review")}宗；" +
                    $"被行政诉讼共{Sum("total", "litigationDirect", "litigationAfterReview")}件，" +
                    $"结果维持{Sum("upheld", "litigationDirect", "litigationAfterReview")}宗、结果纠正{Sum("corrected", "litigationDirect", "litigationAfterReview")}宗、" +
                    $"其他结果{Sum("other", "litigationDirect", "litigationAfterReview")}宗、尚未审结{Sum("pending", "litigationDirect", "litigationAfterReview")}宗。");
            overview.Add(Pick(rng,
                "（四）平台建设方面。持续优化政府门户网站信息公开专栏，加强政务新媒体日常巡查和内容审核，确保发布信息准确规范。",
                "（四）监督保障方面。将政务公开纳入年度绩效考核，组织开展业务培训，畅通投诉监督渠道，自觉接受群众和社会舆论的监督。",
                "（四）政府信息管理方面。落实公文公开属性源头认定机制，定期开展规范性文件清理，及时调整公开属性并在网站予以标注。"));

            var problems = Pick(rng,
                "一是公开内容还不够全面，部分栏目更新不够及时；二是工作人员业务水平有待提高。下一步，我们将进一步健全工作制度，加强业务培训，严格落实信息发布审核，不断提升政务公开工作质量。",
                "政府信息公开工作仍存在一些不足，如公开意识不够强、政策解读形式较为单一等。针对存在问题，将采取以下措施加以改进：一是进一步加强队伍建设；二是进一步丰富解读形式；三是进一步加强监督检查。",
                "存在的问题主要是依申请公开答复的规范性有待加强。改进措施：完善依申请公开办理流程，加强法律审核，提高答复质量。");
            var other = r.Format == TemplateId.V2021 && rng.Next(2) == 0
                ? $"本机关{year}年度未收取政府信息公开信息处理费。"
                : Pick(rng, "无。", "本年度无其他需要报告的事项。", "如对本报告有疑问，请与本机关政务公开工作机构联系。");
            var preamble = rng.NextDouble() < 0.2
                ? $"根据《中华人民共和国政府信息公开条例》规定，现公布{r.Agency}{year}年政府信息公开工作年度报告。本报告由总体情况、" +
                  "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、" +
                  "其他需要报告的事项等六部分组成。"
                : null;
            return new Narrative(preamble, string.Join("\n", overview), problems, other);
        }

        private static string Pick(Random rng, params string[] xs) => xs[rng.Next(xs.Length)];
    }
}
