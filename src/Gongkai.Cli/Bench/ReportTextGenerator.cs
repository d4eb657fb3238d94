using System.Globalization;
using System.Text;
using Gongkai.Core.Layout;

namespace Gongkai.Cli.Bench;

/// <summary>
/// Deterministic report texts for the benchmark: a title, a short generic narrative, and the tables of 二、三、四 laid
/// out as converted documents print them (one row a line, cells separated by spaces or tabs), with random numbers that
/// keep every identity of the format. Labels and rows come from the template data, so both templates are covered.
/// The same (seed, index) always gives the same text.
/// </summary>
public sealed class ReportTextGenerator(int seed = 2020)
{
    private static readonly string[] Places = ["广州市番禺区", "广州市荔湾区", "深圳市南山区", "杭州市西湖区", "成都市武侯区", "南京市鼓楼区", "武汉市洪山区", "西安市雁塔区"];
    private static readonly string[] Offices = ["人民政府", "人民政府办公室", "教育局", "卫生健康局", "市场监督管理局", "住房和城乡建设局", "政务服务数据管理局", "逢源街道办事处"];
    private static readonly string[] Prose =
    [
        "本机关坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。",
        "进一步完善政府信息公开工作机制，明确专人负责，规范办理流程。",
        "加强政府门户网站和政务新媒体建设，及时发布政策文件和工作动态。",
        "做好政策解读和回应关切，提升政府信息公开的质量和实效。",
        "严格落实保密审查制度，做到上网信息不涉密、涉密信息不上网。",
        "依法依规办理政府信息公开申请，加强与申请人的沟通，按时答复。",
        "开展政务公开业务培训，提高工作人员的业务能力和服务水平。",
        "推进基层政务公开标准化规范化工作，梳理完善公开事项目录。",
    ];

    public string Generate(int index)
    {
        var rng = new Random(unchecked(seed * 100_003 + index));
        var year = 2019 + rng.Next(5);
        var layout = TemplateCatalog.Get(TemplateIds.ForYear(year));
        var sep = rng.Next(3) == 0 ? "\t" : " ";
        var sb = new StringBuilder(8192);

        sb.Append('\n').Append(Places[rng.Next(Places.Length)]).Append(Offices[rng.Next(Offices.Length)]).Append('\n');
        sb.Append(year).Append("年政府信息公开工作年度报告\n\n");
        if (rng.Next(4) != 0) sb.Append('（').Append(year + 1).Append("年1月").Append(1 + rng.Next(28)).Append("日）\n\n");
        sb.Append("一、总体情况\n\n");
        Paragraphs(sb, rng, 3 + rng.Next(6));

        sb.Append(layout.Proactive.Title).Append("\n\n");
        Proactive(sb, rng, layout.Proactive, sep);
        sb.Append('\n').Append(layout.Applications.Title).Append("\n\n");
        Applications(sb, rng, layout.Applications, sep);
        sb.Append('\n').Append(layout.ReviewLitigation.Title).Append("\n\n");
        ReviewLitigation(sb, rng, layout.ReviewLitigation, sep);

        sb.Append("\n五、存在的主要问题及改进情况\n\n");
        Paragraphs(sb, rng, 1 + rng.Next(3));
        sb.Append("六、其他需要报告的事项\n\n无。\n");
        return sb.ToString();
    }

    private static void Paragraphs(StringBuilder sb, Random rng, int count)
    {
        for (var p = 0; p < count; p++)
        {
            for (var s = 2 + rng.Next(4); s > 0; s--) sb.Append(Prose[rng.Next(Prose.Length)]);
            sb.Append("\n\n");
        }
    }

    private static void Proactive(StringBuilder sb, Random rng, SectionLayout section, string sep)
    {
        foreach (var group in section.GroupLabels)
        {
            var rows = section.Rows.Where(r => r.Group == group).ToList();
            sb.Append(group).Append('\n').Append("信息内容");
            foreach (var f in rows[0].Fields) sb.Append(sep).Append(f.Label);
            sb.Append('\n');
            foreach (var row in rows)
            {
                sb.Append(row.Label);
                foreach (var cell in ProactiveRow(rng, row)) sb.Append(sep).Append(cell);
                sb.Append('\n');
            }
        }
    }

    /// <summary>Values for one proactive row, consistent with the warnings (total ≥ new, previous + change ≥ 0).</summary>
    private static IEnumerable<string> ProactiveRow(Random rng, RowLayout row)
    {
        var previous = Count(rng, 300);
        var published = Count(rng, 40);
        foreach (var field in row.Fields)
        {
            yield return field.Key switch
            {
                "previousCount" => Invariant(previous),
                "change" => Signed(rng.Next(-previous, previous + 20)),
                "newlyMade" or "newlyPublished" or "issued" => Invariant(published),
                "repealed" => Invariant(Count(rng, 10)),
                "totalPublished" or "inForce" => Invariant(published + Count(rng, 300)),
                _ when field.Kind == FieldKind.Amount => Amount(rng),
                _ => Invariant(Count(rng, 5000)),
            };
        }
    }

    private static void Applications(StringBuilder sb, Random rng, SectionLayout section, string sep)
    {
        var fields = section.Rows[0].Fields;
        var applicants = fields.Length - 1;   // the last column is 总计
        var values = new int[section.Rows.Length, applicants];
        int Index(RowRole role) => section.Rows.IndexOf(section.Rows.First(r => r.Role == role));
        var outcomes = Enumerable.Range(0, section.Rows.Length).Where(i => section.Rows[i].Role == RowRole.Outcome).ToArray();
        for (var c = 0; c < applicants; c++)
        {
            var received = c == 0 ? Count(rng, 500) : rng.Next(3) == 0 ? Count(rng, 60) : 0;
            var carriedOver = rng.Next(3) == 0 ? Count(rng, 20) : 0;
            var carriedForward = rng.Next(received + carriedOver + 1) / 4;
            var handled = received + carriedOver - carriedForward;
            values[Index(RowRole.Received), c] = received;
            values[Index(RowRole.CarriedOver), c] = carriedOver;
            values[Index(RowRole.CarriedForward), c] = carriedForward;
            values[Index(RowRole.Handled), c] = handled;
            var left = handled;
            foreach (var o in outcomes.Skip(1))
            {
                var n = rng.Next(3) == 0 ? rng.Next(left / 3 + 1) : 0;
                values[o, c] = n;
                left -= n;
            }
            values[outcomes[0], c] += left;
        }

        sb.Append(section.Note).Append(sep).Append("申请人情况\n");
        sb.Append(fields[0].Label).Append(sep).Append(fields[1].Group).Append(sep).Append(fields[^1].Label).Append('\n');
        sb.AppendJoin(sep, fields.Skip(1).Take(applicants - 1).Select(f => f.Label)).Append('\n');
        var groupsShown = new HashSet<string>();
        for (var r = 0; r < section.Rows.Length; r++)
        {
            var row = section.Rows[r];
            if (row.Group is { } group && groupsShown.Add(group)) sb.Append(group).Append(sep);
            sb.Append(row.Label);
            var total = 0;
            for (var c = 0; c < applicants; c++) { sb.Append(sep).Append(values[r, c]); total += values[r, c]; }
            sb.Append(sep).Append(total).Append('\n');
        }
    }

    private static void ReviewLitigation(StringBuilder sb, Random rng, SectionLayout section, string sep)
    {
        var outcomeLabels = section.Rows[0].Fields.Select(f => f.Label).ToList();
        sb.Append(section.Rows[0].Label).Append(sep).Append(section.Rows[1].Group).Append('\n');
        sb.AppendJoin(sep, outcomeLabels).Append(sep).AppendJoin(sep, section.Rows.Skip(1).Select(r => r.Label)).Append('\n');
        sb.AppendJoin(sep, Enumerable.Repeat(outcomeLabels, section.Rows.Length - 1).SelectMany(x => x)).Append('\n');
        var cells = new List<int>();
        foreach (var _ in section.Rows)
        {
            var parts = Enumerable.Range(0, outcomeLabels.Count - 1).Select(_ => rng.Next(2) == 0 ? Count(rng, 15) : 0).ToList();
            cells.AddRange(parts);
            cells.Add(parts.Sum());
        }
        sb.AppendJoin(sep, cells).Append('\n');
    }

    /// <summary>Mostly small counts, sometimes zero, now and then large.</summary>
    private static int Count(Random rng, int scale) => rng.Next(4) switch
    {
        0 => 0,
        1 => rng.Next(10),
        _ => rng.Next(scale + 1),
    };

    private static string Signed(int n) => n > 0 ? "+" + Invariant(n) : Invariant(n);

    private static string Amount(Random rng)
    {
        var wan = Math.Round((decimal)rng.NextDouble() * 5000m, rng.Next(5));
        return wan.ToString(CultureInfo.InvariantCulture) + (rng.Next(2) == 0 ? "万元" : "");
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
