using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>
/// Cross-checks numbers quoted in the prose ("受理政府信息公开申请454件", "被行政复议共20件，其中结果维持11宗…",
/// "主动公开政府信息215条，其中…") against the tables and against their own listed parts.
/// Patterns are deliberately narrow: a finding here must mean a real contradiction.
/// </summary>
/// <summary>A number quoted in the prose, the table cells it states (<see cref="Cells"/>: paths; several are summed) and their value.</summary>
public sealed record QuotedNumber(string Quote, decimal Value, ImmutableArray<string> Cells, decimal? Table)
{
    /// <summary>True when the tables hold the number quoted (false also when a cell is unreadable).</summary>
    public bool Agrees => Table == Value;
}

public static partial class NarrativeCheck
{
    private const string Unit = "(?:件|宗|个|份|起)";

    // Every count is written (?<!\d)\d{1,12}(?!\d): it starts where a run of digits starts and has at most 12 digits.
    // A bare \d+ let each position of a long digit run start a match that backtracked to the run's end: quadratic,
    // 22 s for one 206,000-digit line (fuzz fixture text/8378e9be685c772d).
    private const string N = @"(?<n>(?<!\d)\d{1,12}(?!\d))";

    // Each pattern twice: with \d, and with [0-9] for \d (the "A" ones). \d is every script's decimal digit, so the
    // \d patterns asked GetUnicodeCategory of every ideograph of the prose (CarriedForwardRx, which may start at any
    // digit, was 2 % of an extract's CPU). On a text whose only decimal digits are ASCII — Clean's output unless
    // another script's digit is in it — both find the same matches, and the [0-9] ones scan vectorised; a text with
    // another script's digit keeps the \d patterns (Rx). NarrativeCheckTests holds each pair to that.
    private const string NA = @"(?<n>(?<![0-9])[0-9]{1,12}(?![0-9]))";

    [GeneratedRegex(@"(?:受理|收到|新收|接收)(?:了|各类)?[^，。；,;:\d]{0,10}?申请(?:共|合计|总计|总数为?)?" + N + Unit)]
    private static partial Regex ReceivedRx();
    [GeneratedRegex(@"(?:受理|收到|新收|接收)(?:了|各类)?[^，。；,;:0-9]{0,10}?申请(?:共|合计|总计|总数为?)?" + NA + Unit)]
    private static partial Regex ReceivedA();

    [GeneratedRegex(@"(?:办理|办结|答复|处理)(?:了)?[^，。；,;:\d]{0,10}?申请(?:共|合计)?" + N + "(?:件|宗)")]
    private static partial Regex HandledRx();
    [GeneratedRegex(@"(?:办理|办结|答复|处理)(?:了)?[^，。；,;:0-9]{0,10}?申请(?:共|合计)?" + NA + "(?:件|宗)")]
    private static partial Regex HandledA();

    [GeneratedRegex(@"(?:结转上一?年度?|上一?年度?结转)[^，。；,;:\d]{0,12}?" + N + "(?:件|宗)")]
    private static partial Regex CarriedOverRx();
    [GeneratedRegex(@"(?:结转上一?年度?|上一?年度?结转)[^，。；,;:0-9]{0,12}?" + NA + "(?:件|宗)")]
    private static partial Regex CarriedOverA();

    [GeneratedRegex(N + @"(?:件|宗)(?:申请)?(?:需)?结转(?:至|到)?下一?年|结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?[^，。；,;:\d]{0,6}?" + N + "(?:件|宗)")]
    private static partial Regex CarriedForwardRx();
    [GeneratedRegex(NA + "(?:件|宗)(?:申请)?(?:需)?结转(?:至|到)?下一?年|结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?[^，。；,;:0-9]{0,6}?" + NA + "(?:件|宗)")]
    private static partial Regex CarriedForwardA();

    [GeneratedRegex("行政复议(?:案件|申请)?(?:共|合计|总计)?" + N + Unit)]
    private static partial Regex ReviewRx();
    [GeneratedRegex("行政复议(?:案件|申请)?(?:共|合计|总计)?" + NA + Unit)]
    private static partial Regex ReviewA();

    [GeneratedRegex("诉讼(?:案件)?(?:共|合计|总计)?" + N + Unit)]
    private static partial Regex LitigationRx();
    [GeneratedRegex("诉讼(?:案件)?(?:共|合计|总计)?" + NA + Unit)]
    private static partial Regex LitigationA();

    [GeneratedRegex("(?<k>结果维持|维持|结果纠正|纠正|其他结果|尚未审结|未审结)" + N + Unit)]
    private static partial Regex OutcomePartRx();
    [GeneratedRegex("(?<k>结果维持|维持|结果纠正|纠正|其他结果|尚未审结|未审结)" + NA + Unit)]
    private static partial Regex OutcomePartA();

    [GeneratedRegex("主动公开(?:政府)?信息(?:共|合计|总计)?" + N + "(?:条|件|项|篇)")]
    private static partial Regex ProactiveRx();
    [GeneratedRegex("主动公开(?:政府)?信息(?:共|合计|总计)?" + NA + "(?:条|件|项|篇)")]
    private static partial Regex ProactiveA();

    [GeneratedRegex(@"(?<label>[^\d，。；、,;:]{1,30}?)" + N + "(?:条|件|项|篇)")]
    private static partial Regex ListedPartRx();
    [GeneratedRegex("(?<label>[^0-9，。；、,;:]{1,30}?)" + NA + "(?:条|件|项|篇)")]
    private static partial Regex ListedPartA();

    /// <summary>The patterns, each with \d and with [0-9], in one order (tests hold each pair to the same matches).</summary>
    internal static readonly (Func<Regex> Digits, Func<Regex> Ascii)[] Patterns =
    [
        (ReceivedRx, ReceivedA), (HandledRx, HandledA), (CarriedOverRx, CarriedOverA), (CarriedForwardRx, CarriedForwardA),
        (ReviewRx, ReviewA), (LitigationRx, LitigationA), (OutcomePartRx, OutcomePartA), (ProactiveRx, ProactiveA),
        (ListedPartRx, ListedPartA),
    ];

    // Each pattern to run over a text: [0-9] (ascii) unless the text has another script's decimal digit.
    private static Regex Received(bool ascii) => ascii ? ReceivedA() : ReceivedRx();
    private static Regex Handled(bool ascii) => ascii ? HandledA() : HandledRx();
    private static Regex CarriedOver(bool ascii) => ascii ? CarriedOverA() : CarriedOverRx();
    private static Regex CarriedForward(bool ascii) => ascii ? CarriedForwardA() : CarriedForwardRx();
    private static Regex Review(bool ascii) => ascii ? ReviewA() : ReviewRx();
    private static Regex Litigation(bool ascii) => ascii ? LitigationA() : LitigationRx();
    private static Regex OutcomePart(bool ascii) => ascii ? OutcomePartA() : OutcomePartRx();
    private static Regex Proactive(bool ascii) => ascii ? ProactiveA() : ProactiveRx();
    private static Regex ListedPart(bool ascii) => ascii ? ListedPartA() : ListedPartRx();

    /// <summary>True when a character of <paramref name="text"/> is a decimal digit (\d, Unicode Nd) other than 0–9.</summary>
    internal static bool HasOtherDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            // No decimal digit below U+0660 but 0–9, none among the CJK ideographs and punctuation prose is made of.
            if (c < '\u0660' || c is >= '\u3000' and <= '\u303F' or >= '\u4E00' and <= '\u9FFF') continue;
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    public static IEnumerable<Finding> Check(Report report)
    {
        foreach (var (key, raw) in report.Narrative.Parts())
        {
            var scan = ScanOf(raw);
            foreach (var f in CheckPart(report, "narrative." + key, scan)) yield return f;
        }
    }
    /// <summary>Prose as one line: NFKC digits, Chinese punctuation, no line breaks, no spaces except between digits, no thousands commas.</summary>
    public static string Clean(string raw)
    {
        // The reader (QuotedCells) and the checker clean the same parts of the same report on one thread: the last
        // few are kept, by reference, so each is cleaned once.
        var cache = t_cleaned ??= new (string Raw, string Clean)[4];
        foreach (var (r, c) in cache)
            if (r is not null && ReferenceEquals(r, raw)) return c;
        var cleaned = CleanOnce(raw);
        cache[t_next] = (raw, cleaned);
        t_next = (t_next + 1) % cache.Length;
        return cleaned;
    }

    [ThreadStatic] private static (string Raw, string Clean)[]? t_cleaned;
    [ThreadStatic] private static int t_next;

    private static string CleanOnce(string raw)
    {
        // NFKC into a pooled buffer when the fast path covers the text (as Nfkc.Normalize would, without its string),
        // else the platform's; then cleaned into a second pooled buffer (the text only shrinks), then one string.
        var normalized = System.Buffers.ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            ReadOnlySpan<char> s = Gongkai.Core.Text.Nfkc.TryNormalizeFast(raw, normalized, out _)
                ? normalized.AsSpan(0, raw.Length)
                : Gongkai.Core.Text.Nfkc.Normalize(raw);
            return CleanNormalized(s);
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(normalized); }
    }

    private static string CleanNormalized(ReadOnlySpan<char> s)
    {
        var sb = System.Buffers.ArrayPool<char>.Shared.Rent(s.Length);
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (Text.Chars.IsWhiteSpace(c))
            {
                var prev = n > 0 ? sb[n - 1] : ' ';
                var j = i + 1;
                while (j < s.Length && Text.Chars.IsWhiteSpace(s[j])) j++;
                if (char.IsAsciiDigit(prev) && j < s.Length && char.IsAsciiDigit(s[j])) sb[n++] = ' ';
                i = j - 1;
                continue;
            }
            if (c == ',' && n > 0 && char.IsAsciiDigit(sb[n - 1]) && i + 3 < s.Length &&
                char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]))
                continue;
            // NFKC turned the report's ，；：（） into ASCII; put them back so quotes read as printed.
            sb[n++] = c switch { ',' => '，', ';' => '；', ':' => '：', '(' => '（', ')' => '）', _ => c };
        }
        var cleaned = new string(sb, 0, n);
        System.Buffers.ArrayPool<char>.Shared.Return(sb);
        return cleaned;
    }

    /// <summary>
    /// A match of one of the patterns, found without a <see cref="Match"/> (Regex.EnumerateMatches): its place in the
    /// text it was run over and its number's digits. Every pattern holds exactly one run of digits — its (?&lt;n&gt;…),
    /// maximal on both sides by the lookarounds — and its other groups (k, label) are all of the match before it, so
    /// the groups are read off the match's span: a Match with its groups, and a string per group, were most of the
    /// bytes the checks allocated (≈ 20 KB a report, docs/benchmarks.md, sixth pass). \d is Unicode Nd, char.IsDigit.
    /// </summary>
    private readonly record struct Hit(int Index, int Length, int DigitsAt, int DigitsLength)
    {
        public int End => Index + Length;
        public decimal Num(ReadOnlySpan<char> text) => DigitsValue(text.Slice(DigitsAt, DigitsLength));
        /// <summary>The (?&lt;k&gt;…) or (?&lt;label&gt;…) group: the match before its number.</summary>
        public ReadOnlySpan<char> Before(ReadOnlySpan<char> text) => text[Index..DigitsAt];
    }

    // Patterns' places in Patterns.
    private const int PReceived = 0, PHandled = 1, PCarriedOver = 2, PCarriedForward = 3, PReview = 4, PLitigation = 5,
        POutcomePart = 6, PProactive = 7, PListedPart = 8;

    private static Regex Rx(int pattern, bool ascii) => ascii ? Patterns[pattern].Ascii() : Patterns[pattern].Digits();

    [ThreadStatic] private static List<Hit>? t_hits;

    /// <summary>Every match of a pattern over <paramref name="text"/>, in order (indices relative to it).</summary>
    private static Hit[] Find(int pattern, bool ascii, ReadOnlySpan<char> text)
    {
        var hits = t_hits ??= new List<Hit>(8);
        hits.Clear();
        foreach (var m in Rx(pattern, ascii).EnumerateMatches(text))
        {
            var at = m.Index;
            while (!char.IsDigit(text[at])) at++;
            var end = at + 1;
            while (end < m.Index + m.Length && char.IsDigit(text[end])) end++;
            hits.Add(new Hit(m.Index, m.Length, at, end - at));
        }
        return hits.Count == 0 ? [] : [.. hits];
    }

    /// <summary>For tests: the matches of pattern <paramref name="pattern"/> (of Patterns) as Find reads them, "index+length:n/k/label".</summary>
    internal static string Hits(int pattern, string text) =>
        string.Join(" | ", Find(pattern, !HasOtherDigit(text), text).Select(h =>
            $"{h.Index}+{h.Length}:{text.Substring(h.DigitsAt, h.DigitsLength)}/{(pattern == POutcomePart ? h.Before(text).ToString() : "")}/{(pattern == PListedPart ? h.Before(text).ToString() : "")}"));

    /// <summary>
    /// A part of the prose, cleaned, with the matches of the whole-text patterns found at most once each. The reader
    /// (<see cref="QuotedCells"/>, to choose between readings) and the checker (<see cref="Check"/>) ask for the same
    /// parts of the same report on one thread, so the last few are kept by reference to their raw text: the checker
    /// then finds the reader's matches instead of running the patterns again. A report that was not read from text
    /// (or another string with the same text) gets a scan of its own, with the same matches.
    /// </summary>
    private sealed class Scan(string text)
    {
        public readonly string Text = text;
        public readonly bool Ascii = !HasOtherDigit(text);
        private readonly Hit[]?[] _hits = new Hit[]?[PListedPart + 1];
        public Hit[] Of(int pattern) => _hits[pattern] ??= Find(pattern, Ascii, Text);
    }

    [ThreadStatic] private static (string Raw, Scan Scan)[]? t_scans;
    [ThreadStatic] private static int t_nextScan;

    private static Scan ScanOf(string raw)
    {
        var cache = t_scans ??= new (string, Scan)[4];
        foreach (var (r, s) in cache)
            if (r is not null && ReferenceEquals(r, raw)) return s;
        var scan = new Scan(Clean(raw));
        cache[t_nextScan] = (raw, scan);
        t_nextScan = (t_nextScan + 1) % cache.Length;
        return scan;
    }

    /// <summary>
    /// The cells whose value the prose states outright: 本年新收, 上年结转 and 结转下年度 totals, the 行政复议 total, and the
    /// 规章 / 规范性文件 counts listed after "主动公开政府信息N条，其中…" (the 新公开 column in 2019, 新制发 in 2021). The
    /// reader uses them only to choose between readings the tables' own identities leave open.
    /// </summary>
    public static List<(string Section, string Row, string Field, decimal Value, string Quote)> QuotedCells(Narrative narrative, TemplateId format)
    {
        var quoted = new List<(string Section, string Row, string Field, decimal Value, string Quote)>();
        foreach (var (_, raw) in narrative.Parts())
        {
            var scan = ScanOf(raw);
            var text = scan.Text;
            foreach (var m in scan.Of(PReceived)) quoted.Add(("applications", "newReceived", "total", m.Num(text), Quote(text, m)));
            foreach (var m in scan.Of(PCarriedOver)) quoted.Add(("applications", "carriedOver", "total", m.Num(text), Quote(text, m)));
            foreach (var m in scan.Of(PCarriedForward)) quoted.Add(("applications", "carriedForward", "total", m.Num(text), Quote(text, m)));
            foreach (var m in scan.Of(PReview)) quoted.Add(("reviewLitigation", "review", "total", m.Num(text), Quote(text, m)));
            foreach (var m in scan.Of(PProactive))
            {
                if (ListAfter(text, m) is not var (start, length)) continue;
                var list = text.AsSpan(start, length);
                foreach (var p in Find(PListedPart, scan.Ascii, list))
                {
                    var row = p.Before(list).Trim("，、；,;：:") switch
                    {
                        "规章" => "regulations",
                        "规范性文件" or "行政规范性文件" => "normativeDocuments",
                        _ => null,
                    };
                    if (row is not null) quoted.Add(("proactive", row, format == TemplateId.V2019 ? "newlyPublished" : "issued", p.Num(list), list.Slice(p.Index, p.Length).ToString()));
                }
            }
        }
        return quoted;
    }

    /// <summary>Where the list "其中…" after "主动公开…N条" runs (to the sentence's end), or null when none follows.</summary>
    private static (int Start, int Length)? ListAfter(string text, Hit m)
    {
        var rest = m.End;
        while (rest < text.Length && text[rest] is '，' or ',') rest++;
        if (!text.AsSpan(rest).StartsWith("其中", StringComparison.Ordinal)) return null;
        var end = text.IndexOf('。', rest);
        return (rest + 2, (end < 0 ? text.Length : end) - (rest + 2));
    }

    private static IEnumerable<Finding> CheckPart(Report report, string where, Scan scan)
    {
        var text = scan.Text;
        var a = report.Applications;
        var rl = report.ReviewLitigation;

        foreach (var (pattern, row) in TotalQuotes)
            foreach (var m in scan.Of(pattern))
                if (Compare(where, text, m, a.Layout, a.Layout.CellIndex(row, "total"), a) is { } f) yield return f;

        foreach (var m in scan.Of(PHandled))
        {
            // "办理申请N件" is used both for handled and for received (+ carried over): accept any of them.
            var n = m.Num(text);
            decimal? handled = a["total", "total"], received = a["newReceived", "total"], carried = a["carriedOver", "total"];
            if (handled is null || received is null) continue;
            if (n == handled || n == received || n == received + (carried ?? 0)) continue;
            var cell = a.Layout.CellIndex("total", "total");
            yield return RuleCatalogue.NarrativeCell.Make(where, handled, n, ("quote", Quote(text, m)), ("place", a.Layout.CellName(cell)), ("actual", handled));
        }


        foreach (var m in scan.Of(PReview))
            foreach (var f in CompareGroup(where, scan, m, rl, ReviewRows, "行政复议")) yield return f;
        foreach (var m in scan.Of(PLitigation))
        {
            // "行政复议…诉讼" never: the litigation pattern must not sit inside a review clause.
            if (m.Index >= 2 && text.AsSpan(Math.Max(0, m.Index - 2), Math.Min(2, m.Index)).Contains("复议", StringComparison.Ordinal)) continue;
            foreach (var f in CompareGroup(where, scan, m, rl, LitigationRows, "行政诉讼")) yield return f;
        }

        foreach (var m in scan.Of(PProactive))
            foreach (var f in CheckProactiveList(report, where, scan, m)) yield return f;
    }

    private static readonly string[] ReviewRows = ["review"], LitigationRows = ["litigationDirect", "litigationAfterReview"];

    private static Finding? Compare(string where, string text, Hit m, SectionLayout layout, int cell, SectionData data)
    {
        var n = m.Num(text);
        if (data.Cells[cell] is not decimal v || v == n) return null;
        return RuleCatalogue.NarrativeCell.Make(where, v, n, ("quote", Quote(text, m)), ("place", layout.CellName(cell)), ("actual", v));
    }

    private static IEnumerable<Finding> CompareGroup(string where, Scan scan, Hit m, SectionData rl, string[] rows, string name)
    {
        var text = scan.Text;
        var n = m.Num(text);
        var layout = rl.Layout;
        decimal? Sum(string field)
        {
            decimal s = 0;
            foreach (var r in rows) { if (rl[r, field] is not decimal v) return null; s += v; }
            return s;
        }
        string Place(string field) => rows.Length == 1
            ? layout.CellName(layout.CellIndex(rows[0], field))
            : $"{layout.ShortTitle}{name}（{string.Join("、", rows.Select(r => layout.Row(r)!.Label))}）“{layout.Rows[0].Fields[layout.Rows[0].FieldIndex(field)].Label}”之和";

        if (Sum("total") is decimal t && t != n)
            yield return RuleCatalogue.NarrativeCell.Make(where, t, n, ("quote", Quote(text, m)), ("place", Place("total")), ("actual", t));

        // Parts listed in the same clause (up to the next ；or 。).
        var end = text.IndexOfAny(['；', ';', '。'], m.End);
        var clauseStart = m.End;
        var clauseLength = (end < 0 ? text.Length : end) - clauseStart;
        decimal partsSum = 0;
        var parts = 0;
        foreach (var p in Find(POutcomePart, scan.Ascii, text.AsSpan(clauseStart, clauseLength)))
        {
            var clause = text.AsSpan(clauseStart, clauseLength);
            var field = OutcomeField(p.Before(clause));
            var v = p.Num(clause);
            partsSum += v;
            parts++;
            if (Sum(field) is decimal s && s != v)
                yield return RuleCatalogue.NarrativeCell.Make(where, s, v, ("quote", Quote(text, m, end)), ("place", Place(field)), ("actual", s));
        }
        if (parts == 4 && partsSum != n)
            yield return RuleCatalogue.NarrativePartsSum.Make(where, n, partsSum,
                ("quote", Quote(text, m, end)), ("expected", n), ("actual", partsSum), ("diff", n - partsSum));
    }

    private static IEnumerable<Finding> CheckProactiveList(Report report, string where, Scan scan, Hit m)
    {
        var text = scan.Text;
        var n = m.Num(text);
        if (ListAfter(text, m) is not var (start, length)) yield break;
        var end = start + length < text.Length ? start + length : -1; // the 。 that ends the list, or none
        decimal sum = 0;
        var exhaustive = false;
        var parts = new List<(string Label, decimal Value)>();
        foreach (var p in Find(PListedPart, scan.Ascii, text.AsSpan(start, length)))
        {
            var list = text.AsSpan(start, length);
            var label = p.Before(list).Trim("，、；,;：:").ToString();
            var v = p.Num(list);
            parts.Add((label, v));
            sum += v;
            if (label.StartsWith("其他", StringComparison.Ordinal) || label.StartsWith("其它", StringComparison.Ordinal)) exhaustive = true;
        }
        if (parts.Count < 2) yield break;
        var quote = Quote(text, m, end);
        if (sum != n && (exhaustive || sum > n))
        {
            var rule = exhaustive ? RuleCatalogue.NarrativePartsSum : RuleCatalogue.NarrativePartsExceed;
            yield return rule.Make(where, n, sum, ("quote", quote), ("expected", n), ("actual", sum), ("diff", n - sum));
        }

        // 规章 / 规范性文件 counts against section 二.
        var p2 = report.Proactive;
        foreach (var (label, v) in parts)
        {
            if (ProactiveCell(report, label) is not { } cell) continue;
            if (cell >= 0 && p2.Cells[cell] is decimal t && t != v)
                yield return RuleCatalogue.NarrativeCell.Make(where, t, v, ("quote", quote), ("place", p2.Layout.CellName(cell)), ("actual", t));
        }
    }

    /// <summary>Sentences whose number is a row's 总计 of section 三: "受理…申请N件", "结转上年…N件", "N件结转下年度".</summary>
    private static readonly (int Pattern, string Row)[] TotalQuotes =
        [(PReceived, "newReceived"), (PCarriedOver, "carriedOver"), (PCarriedForward, "carriedForward")];

    private static string OutcomeField(Match part) => OutcomeField(part.Groups["k"].ValueSpan);

    private static string OutcomeField(ReadOnlySpan<char> k) => k switch
    {
        "结果维持" or "维持" => "upheld",
        "结果纠正" or "纠正" => "corrected",
        "其他结果" => "other",
        _ => "pending",
    };
    /// <summary>The section 二 cell a listed "规章N条" / "规范性文件N条" counts: 本年新公开数量 (2019) or 本年制发件数 (2021).</summary>
    private static int? ProactiveCell(Report report, string label)
    {
        var row = label switch
        {
            "规章" => "regulations",
            "规范性文件" or "行政规范性文件" => "normativeDocuments",
            _ => null,
        };
        if (row is null) return null;
        var cell = report.Proactive.Layout.CellIndex(row, report.Format == TemplateId.V2019 ? "newlyPublished" : "issued");
        return cell >= 0 ? cell : null;
    }

    /// <summary>
    /// The numbers a piece of prose quotes that the patterns above tie to the tables, each with the cells it states
    /// (several: their sum, as "被行政诉讼共N件" for both kinds of 行政诉讼) and what the tables hold there (null when a
    /// cell is unreadable). The same patterns as the check, so a comparison pairs exactly what the check compares.
    /// </summary>
    public static IReadOnlyList<QuotedNumber> Quotes(Report report, string raw)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = Clean(raw);
        var ascii = !HasOtherDigit(text);
        var found = new List<(int At, QuotedNumber Quote)>();
        var a = report.Applications;
        var rl = report.ReviewLitigation;
        void Add(Match m, int stop, SectionData data, params string[] cells)
        {
            decimal? sum = 0;
            foreach (var c in cells)
            {
                var (row, field) = (c[..c.LastIndexOf('.')], c[(c.LastIndexOf('.') + 1)..]);
                sum += data.Layout.CellIndex(row, field) is var i and >= 0 ? data.Cells[i] : null;
            }
            found.Add((m.Index, new QuotedNumber(Quote(text, m, stop), Num(m), [.. cells.Select(c => data.Layout.Key + "." + c)], sum)));
        }

        foreach (var (pattern, row) in TotalQuotes)
            foreach (Match m in Rx(pattern, ascii).Matches(text)) Add(m, -1, a, row + ".total");
        foreach (Match m in Handled(ascii).Matches(text))
            // "办理申请N件" means handled, or received when that is the number.
            Add(m, -1, a, Num(m) == a["newReceived", "total"] && Num(m) != a["total", "total"] ? "newReceived.total" : "total.total");
        foreach (Match m in Review(ascii).Matches(text)) Group(m, ["review"]);
        foreach (Match m in Litigation(ascii).Matches(text))
        {
            if (m.Index >= 2 && text.AsSpan(Math.Max(0, m.Index - 2), Math.Min(2, m.Index)).Contains("复议", StringComparison.Ordinal)) continue;
            Group(m, ["litigationDirect", "litigationAfterReview"]);
        }
        foreach (Match m in Proactive(ascii).Matches(text))
        {
            var rest = m.Index + m.Length;
            while (rest < text.Length && text[rest] is '，' or ',') rest++;
            if (!text.AsSpan(rest).StartsWith("其中", StringComparison.Ordinal)) continue;
            var end = text.IndexOf('。', rest);
            var list = text[(rest + 2)..(end < 0 ? text.Length : end)];
            foreach (Match p in ListedPart(ascii).Matches(list))
            {
                if (ProactiveCell(report, p.Groups["label"].Value.Trim('，', '、', '；', ',', ';', '：', ':')) is not { } cell) continue;
                var at = rest + 2 + p.Index;
                found.Add((at, new QuotedNumber(text.Substring(at, p.Length).TrimStart('，', '、', '；', '：'), Num(p),
                    [report.Proactive.Layout.CellPath(cell)], report.Proactive.Cells[cell])));
            }
        }
        return [.. found.OrderBy(f => f.At).Select(f => f.Quote)];

        void Group(Match m, string[] rows)
        {
            Add(m, -1, rl, [.. rows.Select(r => r + ".total")]);
            var end = text.IndexOfAny(['；', ';', '。'], m.Index + m.Length);
            var clauseStart = m.Index + m.Length;
            var clause = text[clauseStart..(end < 0 ? text.Length : end)];
            foreach (Match p in OutcomePart(ascii).Matches(clause))
            {
                decimal? sum = 0;
                foreach (var r in rows) sum += rl[r, OutcomeField(p)];
                found.Add((clauseStart + p.Index, new QuotedNumber(p.Value, Num(p),
                    [.. rows.Select(r => $"reviewLitigation.{r}.{OutcomeField(p)}")], sum)));
            }
        }
    }

    private static decimal Num(Match m) => DigitsValue(m.Groups["n"].ValueSpan);

    /// <summary>
    /// The value of a run of decimal digits as the patterns match it (\d is Unicode Nd, at most 12 of them): each digit
    /// by its own value, so 受理申请٥件 quotes 5 (NFKC, in Clean, maps full-width digits but not the other scripts').
    /// decimal.Parse reads only 0–9 and threw on them, failing the whole report with an internal error.
    /// </summary>
    internal static decimal DigitsValue(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (var c in digits) value = value * 10 + (long)char.GetNumericValue(c);
        return value;
    }

    private static string Quote(string text, Hit m, int end = -1)
    {
        var stop = end > m.Index ? end : m.End;
        // What text[m.Index..stop], cut to 88 characters and "…" past 90, gives, without the uncut copy.
        return stop - m.Index <= 90 ? text[m.Index..stop] : string.Concat(text.AsSpan(m.Index, 88), "…");
    }

    private static string Quote(string text, Match m, int end = -1)
    {
        var stop = end > m.Index ? end : m.Index + m.Length;
        var s = text[m.Index..stop];
        return s.Length <= 90 ? s : s[..88] + "…";
    }
}
