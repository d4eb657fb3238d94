using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using Gongkai.Core.Text;

namespace Gongkai.Ingest.Ledger;

/// <summary>Dates as ledgers write them: Excel serials and date cells, 2025-03-04, 2025/3/4, 2025年3月4日, 2025.3.4, 20250304.</summary>
public static partial class LedgerDates
{
    public const string Forms = "可写作 2025-03-04、2025/3/4、2025年3月4日 或 2025.3.4";

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = Nfkc.Normalize(text).Trim();
        if (s.All(char.IsAsciiDigit) && s.Length == 8 && s[0] is '1' or '2')
            return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            // A serial day; a ledger's dates are after 1950 (serial 18264), so small numbers are typing slips, not 1900.
            if (serial < 18264 || XlsxSheetReader.SerialDate(serial) is not { } iso) return false;
            s = iso;
        }
        var m = DatePattern().Match(s);
        if (!m.Success) return false;
        var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateOnly(y, mo, d);
        return true;
    }

    // Year, month, day with one separator style, then optionally a time of day that is ignored.
    [GeneratedRegex(@"^(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}[:时].*)?$")]
    private static partial Regex DatePattern();
}

/// <summary>
/// Reads a ledger's 处理结果 as an outcome row of the year's template: the row label with or without its numbering
/// ("1.属于国家秘密"), qualified by its group ("不予公开-属于国家秘密"), or a common short form ("不予公开（国家秘密）",
/// "本机关不掌握", "重复申请", "撤回"). A text that fits several rows, or none, is not guessed.
/// </summary>
public sealed partial class OutcomeMatcher
{
    /// <summary>Short forms offices write, by the row key of the 2021 format; mapped to the year's rows by <see cref="Outcomes.RowFor"/>.</summary>
    private static readonly (string Row, string[] Forms)[] ShortForms =
    [
        ("granted", ["全部公开", "同意公开", "公开"]),
        ("partiallyGranted", ["部分公开"]),
        ("withheld.stateSecret", ["国家秘密", "涉及国家秘密", "涉密"]),
        ("withheld.prohibitedByLaw", ["法律行政法规禁止公开", "其他法律法规禁止公开", "法律法规禁止公开"]),
        ("withheld.endangersSafety", ["三安全一稳定", "危及三安全一稳定"]),
        ("withheld.thirdPartyRights", ["第三方合法权益", "第三方权益", "保护第三方合法权益", "涉及第三方合法权益"]),
        ("withheld.internalAffairs", ["内部事务", "内部事务信息", "三类内部事务信息"]),
        ("withheld.processInformation", ["过程性信息", "四类过程性信息"]),
        ("withheld.enforcementFiles", ["行政执法案卷", "执法案卷"]),
        ("withheld.administrativeQuery", ["行政查询事项", "行政查询"]),
        ("unavailable.notHeld", ["本机关不掌握", "不掌握", "本机关不掌握该信息", "信息不存在", "政府信息不存在", "不掌握相关政府信息"]),
        ("unavailable.needsCreation", ["需要另行制作", "需另行制作", "没有现成信息"]),
        ("unavailable.stillUnclear", ["补正后仍不明确", "补正后申请内容仍不明确", "申请内容不明确"]),
        ("notProcessed.petitionOrComplaint", ["信访举报投诉", "信访举报投诉类", "信访"]),
        ("notProcessed.repeated", ["重复申请"]),
        ("notProcessed.publication", ["公开出版物", "要求提供公开出版物"]),
        ("notProcessed.excessive", ["大量反复申请", "无正当理由大量反复申请"]),
        ("notProcessed.confirmOrReissue", ["确认或重新出具", "重新出具已获取信息", "要求确认或重新出具已获取信息"]),
        ("other.noCorrection", ["逾期不补正", "不补正", "逾期未补正"]),
        ("other.feeUnpaid", ["逾期未缴费", "未缴纳费用", "未缴费", "逾期未缴纳费用"]),
        ("other.other", ["撤回", "申请人撤回", "撤回申请", "主动撤回", "其他"]),
    ];

    /// <summary>Words for a case still being handled: no outcome yet.</summary>
    private static readonly FrozenSet<string> OpenWords = new[] { "办理中", "正在办理", "未办结", "尚未办结", "在办" }.ToFrozenSet();

    private readonly FrozenDictionary<string, string[]> _forms;
    private readonly ReportLayout _layout;

    public OutcomeMatcher(int year) : this(TemplateCatalog.Get(TemplateIds.ForYear(year))) { }

    public OutcomeMatcher(ReportLayout layout)
    {
        _layout = layout;
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string form, string row)
        {
            if (form.Length == 0) return;
            if (!forms.TryGetValue(form, out var set)) forms[form] = set = [];
            set.Add(row);
        }
        var outcomes = Outcomes.For(layout);
        foreach (var o in outcomes)
        {
            var group = SubGroup(o.Group);
            foreach (var label in new[] { o.Label }.Concat(layout.Applications.Row(o.RowKey)!.Aliases))
            {
                var full = Clean(StripNumbering(label));
                var brief = Clean(StripRemark(StripNumbering(label)));
                Add(full, o.RowKey);
                Add(brief, o.RowKey);
                if (group is not null) { Add(group + full, o.RowKey); Add(group + brief, o.RowKey); }
            }
            // The group alone fits every row of it: ambiguous unless it has one.
            if (group is not null) Add(group, o.RowKey);
        }
        foreach (var (row, shortForms) in ShortForms)
        {
            var target = Outcomes.RowFor(layout, row);
            var group = SubGroup(outcomes.First(o => o.RowKey == target).Group);
            foreach (var f in shortForms)
            {
                Add(Clean(f), target);
                if (group is not null) Add(group + Clean(f), target);
            }
        }
        _forms = forms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderBy(layout.Applications.RowIndex).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The row key, or null for an open case (empty or "办理中"); false with a Chinese reason when unknown or ambiguous.</summary>
    public bool TryMatch(string? text, out string? rowKey, out string? error)
    {
        rowKey = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var stripped = StripNumbering(Nfkc.Normalize(text).Trim());
        var key = Clean(stripped);
        if (OpenWords.Contains(key)) return true;
        if (!_forms.TryGetValue(key, out var rows)) _forms.TryGetValue(Clean(StripRemark(stripped)), out rows);
        if (rows is null)
        {
            error = $"无法识别“{Shorten(text.Trim())}”";
            return false;
        }
        if (rows.Length > 1)
        {
            var names = rows.Take(4).Select(r => $"“{Label(r)}”");
            error = $"“{Shorten(text.Trim())}”不明确，可能是{string.Join("、", names)}{(rows.Length > 4 ? "等" : "")}，请写明具体情形";
            return false;
        }
        rowKey = rows[0];
        return true;
    }

    private string Label(string rowKey)
    {
        var row = _layout.Applications.Row(rowKey)!;
        var group = SubGroup(row.Group);
        var label = Clean(StripRemark(StripNumbering(row.Label)));
        return group is null ? label : $"{group}-{label}";
    }

    /// <summary>The group a row is qualified by ("不予公开"), or null for the top-level rows of 三、本年度办理结果.</summary>
    private static string? SubGroup(string? group) =>
        group is null || group.StartsWith("三、", StringComparison.Ordinal) ? null : Clean(StripNumbering(group));

    private static string Shorten(string s) => s.Length > 30 ? s[..30] + "…" : s;

    /// <summary>Removes list numbering anywhere: "（三）", "三、", "1.", "1、".</summary>
    private static string StripNumbering(string s) => Numbering().Replace(Nfkc.Normalize(s), "");

    /// <summary>Removes a trailing remark in brackets: "部分公开（区分处理的，只计这一情形…）" → "部分公开".</summary>
    private static string StripRemark(string s) => Remark().Replace(s, "");

    /// <summary>Letters and digits only: quotes, separators (-, ·, /, ：) and brackets do not tell outcomes apart.</summary>
    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    [GeneratedRegex(@"\(\s*[一二三四五六七八九十]+\s*\)|[一二三四五六七八九十]+、|(?<!\d)\d{1,2}\s*[.、．](?!\d)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s*[\(\[【][^\(\)\[\]【】]*[\)\]】]\s*$")]
    private static partial Regex Remark();
}
