using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Tests.Generation;

/// <summary>
/// What PDF/DOCX text extraction does to a report, one flag per kind of damage seen in ../shared/seeds.
/// <see cref="None"/> is a clean, space-separated text (option a).
/// </summary>
[Flags]
public enum Damage
{
    None = 0,
    /// <summary>(b) Cells separated by tabs, with empty cells (seeds 002, 003).</summary>
    TabSeparated = 1 << 0,
    /// <summary>(c) Row labels wrapped over lines 3–9 characters wide; numbers on the last label line or the next.</summary>
    WrappedLabels = 1 << 1,
    /// <summary>(d) Header cells stacked one character per line (seed 004).</summary>
    StackedHeaders = 1 << 2,
    /// <summary>(e) First cell, middle cells, last cell on separate lines, a long first/last number split in two ("20\n6" for 206, seed 004).</summary>
    SplitNumbers = 1 << 3,
    /// <summary>(f) Page breaks in 三 with footers ("- 3 -", "第 3 页 共 8 页"), the header repeated, mid-label or after a row (seeds 001–004).</summary>
    PageBreaks = 1 << 4,
    /// <summary>(g) Full-width digits, ASCII or full-width brackets, Kangxi radicals ⼀ ⼆ ⼈ for 一 二 人.</summary>
    FullWidth = 1 << 5,
    /// <summary>(h) Units in 二 glued or spaced: "11次", "1232 宗", "35.083万元", "3522.436287万".</summary>
    Units = 1 << 6,
    /// <summary>(i) Positive 本年增/减 printed with a plus sign ("+13"); negative ones always carry "-".</summary>
    PlusSigns = 1 << 7,
    /// <summary>(j) A blank line after (nearly) every line (seeds 000, 004).</summary>
    BlankLines = 1 << 8,
    /// <summary>(k) Spaces between the characters of labels ("其 他 对 外 管 理", "3 . 危 及").</summary>
    SpacedLabels = 1 << 9,
    /// <summary>(l) One row of 三 printed with six numbers for seven columns; the identities fix the lost cell to one value.</summary>
    MissingCell = 1 << 10,
    /// <summary>(m) 四 printed with a sixteenth cell "0" at the end (seed 002); the identities fix which one is extra.</summary>
    ExtraReviewCell = 1 << 11,

    // Kinds met in real published reports beyond the seeds (issue 18). They are applied only when asked for
    // (never drawn at random with the ones above), so a seed gives the same text it always gave.

    /// <summary>
    /// (n) A web archive's text: each table row's cells run together with no separator and the row glued to the next
    /// label ("一、本年新收政府信息公开申请数量 713000074二、上年结转…"); now and then the whole report on one line.
    /// </summary>
    RunTogether = 1 << 12,
    /// <summary>
    /// (o) Markdown from a PDF converter: |-tables (merged cells empty or repeated, a long label's tail on a row of its
    /// own, some cells left blank in the report itself), "##" headings, headings and table heads repeated per page,
    /// page marks "— 3 —", full-width punctuation.
    /// </summary>
    Markdown = 1 << 13,
    /// <summary>
    /// (p) Text recognised from a scan: 0 read as O/o/D, 1 as l/I, "1." as "l。", 沭 as 沐; in 三 and 四 a digit now and
    /// then dropped or doubled. Only the identities can tell a misread digit: the reader must give it back or leave it null.
    /// </summary>
    Ocr = 1 << 14,
    /// <summary>
    /// (q) With <see cref="MissingCell"/> or <see cref="SplitNumbers"/>: cells lost and numbers split whether or not
    /// the identities can undo it (1–3 rows). Where they cannot, the reader must leave the cells null.
    /// </summary>
    Unchecked = 1 << 15,
    /// <summary>
    /// (r) A web archive's page text: one table cell a line, and every line equal to the one before it dropped (a row
    /// printed 0 0 0 0 0 0 0 comes out as one 0, 2 0 0 0 0 0 2 as 2 / 0 / 2; real: the 莆田 archive of the corpus).
    /// </summary>
    CollapsedRepeats = 1 << 16,
}

/// <summary>One generated case: the text a reader is given and the report it must return.</summary>
public sealed record GeneratedText(int Seed, Damage Damage, Report Expected, string Text)
{
    /// <summary>Everything needed to reproduce the case: <c>ReportTextLayout.Generate(seed, …)</c> with the same arguments.</summary>
    public override string ToString() =>
        $"seed {Seed}, format {Expected.Format.Code()}{(Expected.Layout.OtherCollapsed ? " (三（六）其他处理 printed as one row)" : "")}, damage {Damage}";
}

/// <summary>
/// Renders a report to text the ways extraction mangles real ones. Every choice comes from the one
/// <see cref="Random"/>, so a seed reproduces the text exactly. Damage that would make a cell unrecoverable
/// (a missing cell or a split number the identities cannot place) is not applied; <see cref="GeneratedText.Damage"/>
/// says what was.
/// </summary>
public static class ReportTextLayout
{
    /// <summary>Every damage option of the seeds, drawn at random for a report unless only the required ones are asked for.</summary>
    public static ImmutableArray<Damage> Options { get; } = [.. Enum.GetValues<Damage>().Where(d => d is not Damage.None && d < Damage.RunTogether)];

    /// <summary>The kinds met in real reports beyond the seeds: applied only when required.</summary>
    public static ImmutableArray<Damage> RealWorldOptions { get; } = [Damage.RunTogether, Damage.Markdown, Damage.Ocr, Damage.Unchecked, Damage.CollapsedRepeats];

    /// <param name="require">Options always chosen (they may still not apply, e.g. no number long enough to split).</param>
    /// <param name="onlyRequired">true: no other option; false: each other option at random.</param>
    public static GeneratedText Generate(int seed, TemplateId? template = null, Damage require = Damage.None,
        bool onlyRequired = false, bool? otherCollapsed = null)
    {
        var rng = ReportGenerator.Seeded(seed);
        var report = ReportGenerator.Generate(rng, template, otherCollapsed);
        var damage = require;
        if (!onlyRequired)
            foreach (var d in Options)
                if (rng.NextDouble() < Chance(d)) damage |= d;
        damage = Compatible(damage, require);
        if ((damage & Damage.Markdown) != 0 && rng.NextDouble() < 0.5) report = WithBlankCells(report, rng);
        var (text, applied) = Render(report, damage, rng);
        return new GeneratedText(seed, applied, report, text);
    }

    /// <summary>
    /// The report with a few cells of each table left blank (null), as some real reports print them; with
    /// <paramref name="onlySection"/>, of that table alone (the same draws: the other tables' cells are drawn and kept).
    /// </summary>
    public static Report WithBlankCells(Report report, Random rng, double share = 0.06, string? onlySection = null)
    {
        foreach (var section in report.Sections)
        {
            var cells = section.Cells.ToArray();
            for (var i = 0; i < cells.Length; i++)
                if (rng.NextDouble() < share && (onlySection is null || section.Layout.Key == onlySection)) cells[i] = null;
            report = report.WithSection(new SectionData(section.Layout, [.. cells]));
        }
        return report;
    }

    public static (string Text, Damage Applied) Render(Report report, Damage damage, Random rng) =>
        new Renderer(report, damage, rng).Render();

    private static double Chance(Damage d) => d switch
    {
        Damage.MissingCell => 0.2,
        Damage.ExtraReviewCell => 0.15,
        _ => 0.3,
    };

    /// <summary>Stacked headers and split numbers are line layouts; a tab-separated table has neither.</summary>
    private static Damage Compatible(Damage d, Damage require)
    {
        // A web archive's text and a Markdown file have no page layout to keep: no columns of tabs, no stacked heads,
        // no numbers split by line breaks (a run-together row is one long number already), no page footers inside a line.
        if ((d & Damage.RunTogether) != 0)
            d &= ~(Damage.TabSeparated | Damage.StackedHeaders | Damage.SplitNumbers | Damage.MissingCell | Damage.ExtraReviewCell
                | Damage.PageBreaks | Damage.WrappedLabels | Damage.Markdown | Damage.Unchecked | Damage.BlankLines);
        if ((d & Damage.CollapsedRepeats) != 0)
            d &= ~(Damage.TabSeparated | Damage.SplitNumbers | Damage.MissingCell | Damage.ExtraReviewCell | Damage.RunTogether
                | Damage.Markdown | Damage.Ocr | Damage.Unchecked | Damage.BlankLines | Damage.SpacedLabels);
        // Text recognised from a scan has no text layer's line breaks inside numbers, nor its lost or extra cells.
        if ((d & Damage.Ocr) != 0) d &= ~(Damage.SplitNumbers | Damage.MissingCell | Damage.ExtraReviewCell | Damage.Unchecked);
        if ((d & Damage.Markdown) != 0)
            d &= ~(Damage.TabSeparated | Damage.StackedHeaders | Damage.SplitNumbers | Damage.MissingCell | Damage.ExtraReviewCell
                | Damage.Units | Damage.Unchecked);
        const Damage lineLayouts = Damage.StackedHeaders | Damage.SplitNumbers;
        if ((d & Damage.TabSeparated) == 0 || (d & lineLayouts) == 0) return d;
        return (require & Damage.TabSeparated) != 0 ? d & ~lineLayouts : d & ~Damage.TabSeparated;
    }

    private enum Break { AfterNumbers, InLabel, NumbersFirst }

    private sealed class Renderer
    {
        private readonly Report _r;
        private readonly Damage _d;
        private readonly Random _rng;
        private readonly List<string> _out = [];
        private Damage _applied;

        private readonly bool _tabs, _fwDigits, _kangxi, _asciiParens, _runTogether;
        /// <summary>Between a row's cells: a space, or nothing when the cells run together.</summary>
        private string Sep => _runTogether ? "" : " ";
        private readonly int _labelWidth, _proseWidth, _pages;
        private int _page;
        private readonly HashSet<string> _spaced = [];
        private List<string> _tableHeader = [];
        private List<string> _pendingGroupTail = [];

        public Renderer(Report report, Damage damage, Random rng)
        {
            _r = report;
            _d = damage;
            _rng = rng;
            _tabs = Has(Damage.TabSeparated);
            _runTogether = Has(Damage.RunTogether);
            if (Has(Damage.FullWidth))
            {
                _fwDigits = Coin(0.6);
                _kangxi = Coin(0.6);
                _asciiParens = Coin(0.4);
                if (!_fwDigits && !_asciiParens) _kangxi = true;
            }
            _labelWidth = _rng.Next(3, 10);
            _proseWidth = !_tabs && Coin(0.6) ? _rng.Next(26, 40) : 0;
            _pages = _rng.Next(6, 13);
            _page = _rng.Next(1, 3);
            if (Has(Damage.SpacedLabels))
            {
                foreach (var row in report.Layout.Proactive.Rows.Concat(report.Layout.Applications.Rows))
                    if (Coin(0.35)) _spaced.Add(row.Key);
                if (_spaced.Count == 0) _spaced.Add(report.Layout.Applications.Rows[_rng.Next(report.Layout.Applications.Rows.Length)].Key);
            }
        }

        private bool Has(Damage d) => (_d & d) != 0;
        private bool Coin(double p = 0.5) => _rng.NextDouble() < p;
        private T Pick<T>(params T[] xs) => xs[_rng.Next(xs.Length)];

        public (string, Damage) Render()
        {
            if (Has(Damage.Markdown))
            {
                var (md, mdApplied) = new MarkdownText(_r, _rng, Has(Damage.PageBreaks), Has(Damage.WrappedLabels), Glyph).Render();
                _applied |= mdApplied | (_d & (Damage.FullWidth | Damage.PlusSigns));
                return Has(Damage.Ocr) ? Ocr(md) : (md, _applied);
            }
            Title();
            var published = _r.Published;
            var dateOnTop = published is not null && Coin();
            if (dateOnTop) _out.Add(Glyph(Date(published!.Value, top: true)));
            if (_r.Narrative.Preamble is { } preamble) Prose(preamble);
            Heading("一、总体情况");
            Prose(_r.Narrative.Overview!);
            if (Has(Damage.PageBreaks) && Coin()) PageBreak(inTable: false);
            Heading(_r.Layout.Proactive.Title);
            Proactive();
            Heading(_r.Layout.Applications.Title);
            Applications();
            Heading(_r.Layout.ReviewLitigation.Title);
            ReviewLitigation();
            Heading("五、存在的主要问题及改进情况");
            Prose(_r.Narrative.Problems!);
            Heading("六、其他需要报告的事项");
            Prose(_r.Narrative.Other!);
            if (published is not null && !dateOnTop)
            {
                _out.Add("");
                if (Coin()) _out.Add(_r.Agency!);
                _out.Add(Glyph(Date(published.Value, top: false)));
            }
            if (Has(Damage.FullWidth)) _applied |= Damage.FullWidth;
            if (_tabs) _applied |= Damage.TabSeparated;
            if (Has(Damage.PageBreaks)) _applied |= Damage.PageBreaks;

            if (_runTogether) RunTogether();
            if (Has(Damage.CollapsedRepeats)) CollapseRepeats();
            var sb = new StringBuilder();
            sb.Append('\n', _rng.Next(0, 3));
            foreach (var line in _out)
            {
                sb.Append(line).Append('\n');
                if (Has(Damage.BlankLines) && line.Length > 0 && Coin(0.85)) sb.Append('\n');
            }
            if (Has(Damage.BlankLines)) _applied |= Damage.BlankLines;
            return Has(Damage.Ocr) ? Ocr(sb.ToString()) : (sb.ToString(), _applied);
        }

        /// <summary>(n) Each table's lines joined with nothing between them; with a chance, every line of the report.</summary>
        private void RunTogether()
        {
            _applied |= Damage.RunTogether;
            if (Coin(0.4))
            {
                var all = string.Concat(_out);
                _out.Clear();
                _out.Add(all);
                return;
            }
            int Find(string title) => _out.FindIndex(l => l.Contains(Glyph(title), StringComparison.Ordinal));
            var from = Find(_r.Layout.Proactive.Title);
            var to = Find("五、存在的主要问题及改进情况");
            if (from < 0 || to <= from) return;
            var sections = new[] { from, Find(_r.Layout.Applications.Title), Find(_r.Layout.ReviewLitigation.Title), to };
            var joined = new List<string>();
            for (var k = 0; k + 1 < sections.Length; k++)
            {
                joined.Add(_out[sections[k]]);
                joined.Add(string.Concat(_out.Skip(sections[k] + 1).Take(sections[k + 1] - sections[k] - 1)));
            }
            _out.RemoveRange(from, to - from);
            _out.InsertRange(from, joined);
        }

        /// <summary>(r) The tables one piece a line, then every line equal to the one before it dropped, all through the text.</summary>
        private void CollapseRepeats()
        {
            _applied |= Damage.CollapsedRepeats;
            var from = _out.FindIndex(l => l.Contains(Glyph(_r.Layout.Proactive.Title), StringComparison.Ordinal));
            var to = _out.FindIndex(Math.Max(0, from), l => l.Contains(Glyph("五、存在的主要问题及改进情况"), StringComparison.Ordinal));
            var lines = new List<string>();
            for (var i = 0; i < _out.Count; i++)
            {
                if (_out[i].Length == 0) continue;
                // Outside the tables, and page footers ("- 3 -", "第 3 页 共 8 页"), lines stay as they are.
                if (i <= from || i >= to || _out[i].Contains('页') || _out[i].StartsWith('-')) { lines.Add(_out[i]); continue; }
                // Each number a line of its own; the words of a label stay together.
                var words = new List<string>();
                foreach (var piece in _out[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (piece.All(c => char.IsDigit(c) || c is '.' or '．' or '+' or '＋' or '-' or '－')) { Flush(); lines.Add(piece); }
                    else words.Add(piece);
                }
                Flush();
                void Flush() { if (words.Count > 0) lines.Add(string.Join(" ", words)); words.Clear(); }
            }
            _out.Clear();
            foreach (var line in lines)
                if (_out.Count == 0 || _out[^1] != line) _out.Add(line);
        }

        /// <summary>(p) What recognition of a scan does to the text: see <see cref="Damage.Ocr"/>.</summary>
        private (string, Damage) Ocr(string text) => (OcrText.Damage(text, _r, _rng), _applied | Damage.Ocr);

        // ---- glyphs and small pieces -------------------------------------------------------------------------

        /// <summary>Applies the report's character damage: full-width digits, ASCII brackets, Kangxi radicals.</summary>
        private string Glyph(string s)
        {
            if (!_fwDigits && !_kangxi && !_asciiParens) return s;
            var sb = new StringBuilder(s.Length);
            foreach (var c in s)
                sb.Append(c switch
                {
                    '一' when _kangxi => '\u2F00',
                    '二' when _kangxi => '\u2F06',
                    '人' when _kangxi => '\u2F08',
                    >= '0' and <= '9' when _fwDigits => (char)('０' + (c - '0')),
                    '.' when _fwDigits => '．',
                    '+' when _fwDigits => '＋',
                    '-' when _fwDigits => '－',
                    '（' when _asciiParens => '(',
                    '）' when _asciiParens => ')',
                    _ => c,
                });
            return sb.ToString();
        }

        private static string Plain(decimal v) => v.ToString("0.############", CultureInfo.InvariantCulture);

        private static string Spaced(string s) => string.Join(" ", s.ToCharArray());

        private static List<string> Wrap(string s, int width)
        {
            var parts = new List<string>();
            for (var i = 0; i < s.Length; i += width) parts.Add(s.Substring(i, Math.Min(width, s.Length - i)));
            return parts;
        }

        private string Date(DateOnly d, bool top)
        {
            var sp = Coin(0.3) ? " " : "";
            var s = $"{d.Year}年{sp}{d.Month}月{sp}{d.Day}日";
            return top ? $"（{s}）" : s;
        }

        private void Heading(string title) => _out.Add(Glyph(title));

        private void Prose(string text)
        {
            foreach (var paragraph in text.Split('\n'))
                if (_proseWidth > 0) _out.AddRange(Wrap(paragraph, _proseWidth));
                else _out.Add(paragraph);
        }

        /// <summary>"广州市…2020年政府信息公开工作年度报告", on one line or split over two (after the agency, or inside the words).</summary>
        private void Title()
        {
            var sp = Coin(0.3) ? " " : "";
            var year = _r.Year!.Value.ToString(CultureInfo.InvariantCulture);
            if (_fwDigits && Coin()) year = Glyph(year);
            var suffix = "年政府信息公开工作" + (Coin(0.15) ? " " : "") + "年度报告";
            var agency = _r.Agency!;
            switch (_rng.Next(4))
            {
                case 0:
                    _out.Add(agency);
                    _out.Add($"{year}{sp}{suffix}");
                    break;
                case 1:
                    var cut = _rng.Next(1, suffix.Length - 3); // not inside 年度报告
                    if (suffix[cut] == ' ') cut++;
                    _out.Add($"{agency}{sp}{year}{sp}{suffix[..cut]}".TrimEnd());
                    if (Coin(0.3)) _out.Add("");
                    _out.Add(suffix[cut..].Trim());
                    break;
                default:
                    _out.Add($"{agency}{sp}{year}{sp}{suffix}");
                    break;
            }
            _out.Add("");
        }

        private void PageBreak(bool inTable)
        {
            _out.Add("");
            _out.Add("");
            if (Coin(0.7))
            {
                _out.Add(Coin() ? $"- {_page} -" : $"第 {_page} 页 共 {_pages} 页");
                _out.Add("");
            }
            _page++;
            if (inTable && Coin(0.7)) _out.AddRange(_tableHeader);
            if (_pendingGroupTail.Count > 0)
            {
                _out.AddRange(_pendingGroupTail);
                _pendingGroupTail = [];
            }
        }

        /// <summary>A row label, glyphs applied, wrapped (c) and spaced (k) as the report's damage says.</summary>
        private List<string> Label(RowLayout row, int width)
        {
            var text = row.Aliases.Length > 0 && Coin(0.3) ? row.Aliases[_rng.Next(row.Aliases.Length)] : row.Label;
            var g = Glyph(text);
            var w = Math.Clamp(width + _rng.Next(-1, 2), 3, 9);
            var parts = Has(Damage.WrappedLabels) && g.Length > w ? Wrap(g, w) : [g];
            if (parts.Count > 1) _applied |= Damage.WrappedLabels;
            if (_spaced.Contains(row.Key))
            {
                var keepFirst = parts.Count > 1 && Coin(0.4);
                parts = parts.Select((p, i) => keepFirst && i == 0 ? p : Spaced(p)).ToList();
                _applied |= Damage.SpacedLabels;
            }
            return parts;
        }

        /// <summary>Label lines, then the numbers on the last label line or on a line of their own.</summary>
        private void Row(List<string> label, string numbers, bool nextLine)
        {
            for (var i = 0; i < label.Count - 1; i++) _out.Add(label[i]);
            if (nextLine)
            {
                _out.Add(label[^1]);
                _out.Add(numbers);
            }
            else _out.Add(label[^1] + (_runTogether && Coin() ? "" : " ") + numbers);
        }

        private bool NextLine() => Has(Damage.WrappedLabels) && Coin();

        // ---- 二、主动公开政府信息情况 ---------------------------------------------------------------------------

        private void Proactive()
        {
            var layout = _r.Layout.Proactive;
            var width = layout.Rows.Max(r => r.Fields.Length) + 1;
            foreach (var group in layout.GroupLabels)
            {
                var rows = layout.Rows.Where(r => r.Group == group).ToList();
                var header = new[] { "信息内容" }.Concat(rows[0].Fields.Select(f => f.Label)).Select(Glyph).ToList();
                if (_tabs)
                {
                    _out.Add(Tabs([Glyph(group)], width));
                    _out.Add(Tabs(header, width));
                }
                else
                {
                    _out.Add(Glyph(group));
                    _out.Add(string.Join(" ", header));
                }
                foreach (var row in rows)
                {
                    var cells = row.Fields.Select((f, i) => ProactiveCell(f, _r.Proactive.Cells[row.Offset + i]!.Value)).ToList();
                    var label = Label(row, Math.Max(_labelWidth, 5));
                    if (_tabs) _out.Add(Tabs([string.Join(" ", label), .. cells], width));
                    else Row(label, string.Join(Sep, cells), NextLine());
                }
                if (Has(Damage.PageBreaks) && Coin(0.15)) PageBreak(inTable: false);
            }
        }

        private static string Tabs(IEnumerable<string> cells, int width)
        {
            var list = cells.ToList();
            while (list.Count < width) list.Add("");
            return string.Join("\t", list);
        }

        private string ProactiveCell(FieldLayout field, decimal v)
        {
            var s = Plain(v);
            if (field.Kind == FieldKind.Signed && v > 0 && Has(Damage.PlusSigns))
            {
                s = "+" + s;
                _applied |= Damage.PlusSigns;
            }
            if (field.Kind != FieldKind.Signed && Has(Damage.Units) && Coin())
            {
                var unit = field.Kind == FieldKind.Amount ? Pick("万元", "万") : Pick("次", "宗", "个", "项", "件", "条");
                s += (Coin(0.4) ? " " : "") + unit;
                _applied |= Damage.Units;
            }
            return Glyph(s);
        }

        // ---- 三、收到和处理政府信息公开申请情况 -----------------------------------------------------------------

        private sealed class AppRow(RowLayout row, decimal[] values)
        {
            public RowLayout Layout { get; } = row;
            public decimal[] Values { get; } = values;
            /// <summary>The printed cells: seven, or six when a cell was lost (l).</summary>
            public List<string> Cells { get; set; } = [.. values.Select(Plain)];
            public bool Missing { get; set; }
            /// <summary>(e): the first and last cell on their own lines, each maybe in two parts.</summary>
            public List<string>? First { get; set; }
            public List<string>? Last { get; set; }
            public bool IsSplit => First is not null && First.Count + Last!.Count > 2;
            /// <summary>The rows the printed row can be read as with 总计 = the six applicant columns; null when printed whole.</summary>
            public List<decimal[]>? Readings { get; set; }
        }

        private void Applications()
        {
            var layout = _r.Layout.Applications;
            var data = _r.Applications;
            var n = layout.Rows[0].Fields.Length;
            var rows = layout.Rows.Select(r => new AppRow(r, [.. Enumerable.Range(0, n).Select(f => data.Cells[r.Offset + f]!.Value)])).ToList();

            if (Has(Damage.SplitNumbers)) PlanSplits(rows);
            if (Has(Damage.MissingCell)) PlanMissing(rows);
            var breaks = Has(Damage.PageBreaks) ? PlanBreaks(rows) : [];

            _tableHeader = _tabs ? TabHeader(layout) : LineHeader(layout);
            _out.AddRange(_tableHeader);
            if (_tabs) TabRows(rows, breaks);
            else LineRows(rows, breaks);
        }

        /// <summary>
        /// (e) Rows with a number of two digits or more first or last go on separate lines, the long ones maybe split.
        /// Splits stay only where all the table's identities, applied to every row at once, join them one way.
        /// </summary>
        private void PlanSplits(List<AppRow> rows)
        {
            foreach (var row in rows)
            {
                if (row.Values[0] < 10 && row.Values[^1] < 10 || !Coin(0.85)) continue;
                row.First = SplitNumber(Plain(row.Values[0]));
                row.Last = SplitNumber(Plain(row.Values[^1]));
                if (row.IsSplit)
                    row.Readings = Joinings(row.First.Concat(row.Cells.Skip(1).Take(row.Cells.Count - 2)).Concat(row.Last).ToList(), row.Values.Length);
            }
            if (!Has(Damage.Unchecked) && !ReadsOneWay(rows))
                foreach (var row in rows.Where(r => r.Readings is { Count: > 1 }))
                {
                    row.First = [Plain(row.Values[0])];
                    row.Last = [Plain(row.Values[^1])];
                    row.Readings = null;
                }
            if (rows.Any(r => r.IsSplit)) _applied |= Damage.SplitNumbers | (_d & Damage.Unchecked);
        }

        /// <summary>"206" → ["20", "6"] (never a part with a leading zero), or the number whole.</summary>
        private List<string> SplitNumber(string s)
        {
            if (s.Length < 2 || !Coin(0.75)) return [s];
            var cuts = Enumerable.Range(1, s.Length - 1).Where(i => s[i] != '0').ToList();
            if (cuts.Count == 0) return [s];
            var at = cuts[_rng.Next(cuts.Count)];
            return [s[..at], s[at..]];
        }

        /// <summary>Every way to join adjacent tokens into <paramref name="n"/> numbers (no leading zeros) whose last is the sum of the others.</summary>
        private static List<decimal[]> Joinings(List<string> tokens, int n)
        {
            var found = new List<decimal[]>();
            var groups = new decimal[n];
            void Walk(int token, int group)
            {
                if (group == n)
                {
                    if (token == tokens.Count && groups.Take(n - 1).Sum() == groups[n - 1]) found.Add([.. groups]);
                    return;
                }
                var s = "";
                for (var t = token; t < tokens.Count - (n - group - 1); t++)
                {
                    s += tokens[t];
                    if (s.Length > 1 && s[0] == '0') break;
                    groups[group] = decimal.Parse(s, CultureInfo.InvariantCulture);
                    Walk(t + 1, group + 1);
                }
            }
            Walk(0, 0);
            return found;
        }

        /// <summary>(l) Drops one cell of one row, where the identities (with every other damaged row) give it back one way only.</summary>
        private void PlanMissing(List<AppRow> rows)
        {
            var n = rows[0].Values.Length;
            if (Has(Damage.Unchecked))
            {
                // (q) One to three rows lose a cell each, whatever the identities can say about it.
                for (var lost = _rng.Next(1, 4); lost > 0; lost--)
                {
                    var row = rows[_rng.Next(rows.Count)];
                    if (row.IsSplit || row.Missing) continue;
                    var drop = _rng.Next(n);
                    row.Cells = [.. row.Values.Where((_, i) => i != drop).Select(Plain)];
                    row.Missing = true;
                    row.First = row.Last = null;
                    _applied |= Damage.MissingCell | Damage.Unchecked;
                }
                return;
            }
            for (var attempt = 0; attempt < 12; attempt++)
            {
                var row = rows[_rng.Next(rows.Count)];
                if (row.IsSplit) continue;
                var drop = _rng.Next(n);
                var printed = row.Values.Where((_, i) => i != drop).ToList();
                // The lost cell may have been any of the seven; 总计 = the six applicant columns gives its value.
                row.Readings = [];
                for (var at = 0; at < n; at++)
                {
                    var candidate = new decimal[n];
                    for (int i = 0, j = 0; i < n; i++) candidate[i] = i == at ? 0 : printed[j++];
                    var applicants = candidate.Take(n - 1).Sum();
                    candidate[at] = at == n - 1 ? applicants : candidate[n - 1] - applicants;
                    if (candidate[at] >= 0) row.Readings.Add(candidate);
                }
                if (!ReadsOneWay(rows))
                {
                    row.Readings = null;
                    continue;
                }
                row.Cells = [.. printed.Select(Plain)];
                row.Missing = true;
                row.First = row.Last = null;
                _applied |= Damage.MissingCell;
                return;
            }
        }

        /// <summary>Of all combinations of the damaged rows' readings, exactly one satisfies every applications identity.</summary>
        private bool ReadsOneWay(List<AppRow> rows)
        {
            var uncertain = rows.Where(r => r.Readings is not null && r.Readings.Select(v => string.Join(",", v)).Distinct().Count() > 1).ToList();
            if (uncertain.Count == 0) return true;
            if (uncertain.Aggregate(1L, (p, r) => p * r.Readings!.Count) > 5000) return false;
            var section = _r.Applications.Layout;
            var cells = _r.Applications.Cells.ToBuilder();
            var solutions = new HashSet<string>();
            void Walk(int k)
            {
                if (solutions.Count > 1) return;
                if (k == uncertain.Count)
                {
                    if (Holds(section, cells)) solutions.Add(string.Join(",", cells));
                    return;
                }
                var row = uncertain[k];
                foreach (var reading in row.Readings!)
                {
                    for (var f = 0; f < reading.Length; f++) cells[row.Layout.Offset + f] = reading[f];
                    Walk(k + 1);
                }
            }
            Walk(0);
            return solutions.Count == 1;
        }

        /// <summary>Do the layout's identities over this section hold for these cells?</summary>
        private bool Holds(SectionLayout section, IEnumerable<decimal?> cells)
        {
            var data = new SectionData(section, [.. cells]);
            return _r.Layout.Identities.Where(i => i.Section == section).All(i => ReportChecker.CheckIdentity(i, data) is null);
        }

        /// <summary>(f) One or two page breaks, each after a row's numbers, inside its label, or between numbers and the label's tail.</summary>
        private Dictionary<int, Break> PlanBreaks(List<AppRow> rows)
        {
            var breaks = new Dictionary<int, Break>();
            var count = _rng.Next(1, 3);
            for (var i = 0; i < count; i++)
            {
                var at = _rng.Next(rows.Count - 1);
                var kind = Pick(Break.AfterNumbers, Break.AfterNumbers, Break.InLabel, Break.NumbersFirst);
                if (rows[at].First is not null && kind == Break.NumbersFirst) kind = Break.AfterNumbers;
                breaks[at] = kind;
            }
            return breaks;
        }

        private List<string> LineHeader(SectionLayout layout)
        {
            var fields = layout.Rows[0].Fields;
            var note = Glyph(layout.Note!);
            var applicant = Glyph("申请人情况");
            var person = Glyph(fields[0].Label);
            var orgGroup = Glyph(fields[1].Group!);
            var total = Glyph(fields[^1].Label);
            var orgs = fields.Skip(1).Take(fields.Length - 2).Select(f => Glyph(f.Label)).ToList();
            if (Has(Damage.StackedHeaders))
            {
                // Seed 004: the note interleaved with the stacked column heads, every head one character a line.
                _applied |= Damage.StackedHeaders;
                var noteParts = Wrap(note, _rng.Next(12, 16)).Select(p => Coin(0.4) ? Spaced(p) : p).ToList();
                var lines = new List<string> { noteParts[0] };
                if (noteParts.Count > 1) lines.Add(noteParts[1]);
                lines.Add(applicant);
                lines.Add($"{person[0]} {orgGroup} {total[0]}");
                lines.AddRange(noteParts.Skip(2));
                lines.AddRange(person[1..].Select(c => c.ToString()));
                lines.AddRange(total[1..].Select(c => c.ToString()));
                lines.AddRange(orgs.SelectMany(o => o.Select(c => c.ToString())));
                return lines;
            }
            if (Has(Damage.WrappedLabels))
            {
                // Seeds 000/001: two characters a line, 总计 glued to the next head.
                var lines = Wrap(note, _rng.Next(12, 16));
                lines.Add(applicant);
                lines.AddRange(Wrap(person, 2));
                lines.Add(orgGroup);
                var heads = orgs.SelectMany(o => Wrap(o, o.Length <= 2 ? 1 : 2)).ToList();
                if (Coin()) heads[0] = total + heads[0];
                else lines.Add(total);
                lines.AddRange(heads);
                return lines;
            }
            return [note, applicant, $"{person} {orgGroup} {total}", string.Join(" ", orgs)];
        }

        private List<string> TabHeader(SectionLayout layout)
        {
            var fields = layout.Rows[0].Fields;
            var wrapped = Has(Damage.WrappedLabels);
            string Head(string s) => wrapped && s.Length > 2 ? string.Join(" ", Wrap(Glyph(s), 2)) : Glyph(s);
            var note = Glyph(layout.Note!);
            if (wrapped) note = string.Join(" ", Wrap(note, _rng.Next(12, 20)));
            return
            [
                $"{note}\t\t{Glyph("申请人情况")}\t\t\t\t\t\t{Glyph(fields[^1].Label)}",
                $"\t\t{Head(fields[0].Label)}\t{Glyph(fields[1].Group!)}\t\t\t\t\t",
                "\t\t\t" + string.Join("\t", fields.Skip(1).Take(fields.Length - 2).Select(f => Head(f.Label))) + "\t",
            ];
        }

        /// <summary>The group a row is printed under besides 三、本年度办理结果: （三）不予公开 etc.</summary>
        private static string? SubGroup(RowLayout row, string top) => row.Group is { } g && g != top ? g : null;

        private void LineRows(List<AppRow> rows, Dictionary<int, Break> breaks)
        {
            var top = rows.First(r => r.Layout.Role == RowRole.Outcome).Layout.Group!;
            var stacked = Has(Damage.WrappedLabels) || Has(Damage.StackedHeaders);
            string? seenSub = null;
            var topSeen = false;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var label = Label(row.Layout, row.Layout.Group is null ? _labelWidth + 3 : _labelWidth);
                string? inlinePrefix = null;

                if (row.Layout.Group == top && !topSeen)
                {
                    topSeen = true;
                    var text = Glyph(top);
                    if (!stacked)
                    {
                        if (Coin()) inlinePrefix = text;
                        else _out.Add(text);
                    }
                    else
                    {
                        var chunks = Wrap(text, Has(Damage.StackedHeaders) ? 1 : _rng.Next(1, 3));
                        // Seed 001: the stacked group label is cut by a page break; its tail follows the repeated header.
                        var next = breaks.Keys.Where(k => k >= i).DefaultIfEmpty(-1).Min();
                        if (next >= 0 && breaks[next] == Break.AfterNumbers && rows[next].Layout.Role == RowRole.Outcome && chunks.Count > 1 && Coin())
                        {
                            var m = _rng.Next(1, chunks.Count);
                            _out.AddRange(chunks.Take(m));
                            _pendingGroupTail = chunks.Skip(m).ToList();
                        }
                        else _out.AddRange(chunks);
                    }
                }
                if (SubGroup(row.Layout, top) is { } sub && sub != seenSub)
                {
                    seenSub = sub;
                    var text = Glyph(sub);
                    if (!stacked)
                    {
                        if (Coin()) inlinePrefix = text;
                        else _out.Add(text);
                    }
                    else
                    {
                        var close = text.IndexOfAny(['）', ')']) + 1;
                        _out.Add(text[..close]);
                        _out.AddRange(Wrap(text[close..], _rng.Next(2, 4)));
                    }
                }
                if (inlinePrefix is not null) label[0] = inlinePrefix + " " + label[0];

                var numbers = string.Join(Sep, row.Cells.Select(Glyph));
                breaks.TryGetValue(i, out var brk);
                var hasBreak = breaks.ContainsKey(i);
                // A row breaks across pages only where its label cell is several lines tall (Word's default).
                if (hasBreak && brk != Break.AfterNumbers && label.Count < 2) brk = Break.AfterNumbers;
                if (hasBreak && brk == Break.NumbersFirst)
                {
                    // Seeds 003/004: "8.属于行 0 0 0 0 0 0 0", page break, then "政 查 询 / 事项".
                    var at = _rng.Next(1, label.Count);
                    for (var k = 0; k < at - 1; k++) _out.Add(label[k]);
                    _out.Add(label[at - 1] + " " + numbers);
                    PageBreak(inTable: true);
                    _out.AddRange(label.Skip(at));
                    continue;
                }
                if (hasBreak && brk == Break.InLabel)
                {
                    var at = _rng.Next(1, label.Count);
                    _out.AddRange(label.Take(at));
                    PageBreak(inTable: true);
                    label = label.Skip(at).ToList();
                }
                if (row.First is not null)
                {
                    _out.AddRange(label);
                    _out.AddRange(row.First.Select(Glyph));
                    _out.Add(string.Join(" ", row.Cells.Skip(1).Take(row.Cells.Count - 2).Select(Glyph)));
                    _out.AddRange(row.Last!.Select(Glyph));
                }
                else Row(label, numbers, NextLine());
                if (hasBreak && brk == Break.AfterNumbers) PageBreak(inTable: true);
            }
        }

        private void TabRows(List<AppRow> rows, Dictionary<int, Break> breaks)
        {
            var top = rows.First(r => r.Layout.Role == RowRole.Outcome).Layout.Group!;
            var wrapped = Has(Damage.WrappedLabels) || Has(Damage.SpacedLabels);
            var topText = Glyph(top);
            var close = topText.IndexOf('、') + 1;
            var topParts = wrapped ? new List<string> { topText[..close] + " " + Spaced(topText[close..]) } : [topText];
            if (Coin())
            {
                // Seed 002: "三、 本 年 度 办" on the first row, "理 结 果" further down.
                var cut = topParts[0].Length / 2;
                topParts = [topParts[0][..cut].TrimEnd(), topParts[0][cut..].TrimStart()];
            }
            var loneLabelFirst = Coin(); // seed 002 prints "(六) 其他处理→→→0…", seed 003 "→(六) 其他处理→0…"
            var topSeen = 0;
            string? seenSub = null;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var label = Label(row.Layout, _labelWidth + 2);
                var text = string.Join(" ", label);
                List<string> lead;
                if (row.Layout.Group is null) lead = [text, ""];
                else if (row.Layout.Group == top)
                {
                    var topCell = topSeen < topParts.Count ? topParts[topSeen] : "";
                    topSeen++;
                    lead = topCell.Length == 0 && loneLabelFirst ? [text, "", ""] : [topCell, text];
                }
                else
                {
                    var sub = SubGroup(row.Layout, top)!;
                    var subCell = "";
                    if (sub != seenSub)
                    {
                        seenSub = sub;
                        subCell = Glyph(sub);
                        if (wrapped)
                        {
                            var c = subCell.IndexOfAny(['）', ')']) + 1;
                            subCell = subCell[..c] + " " + string.Join(" ", Wrap(subCell[c..], 2));
                        }
                    }
                    lead = ["", subCell, text];
                }
                var cells = row.Cells.Select(Glyph).ToList();
                if (row.Missing && Coin()) cells.Insert(0, ""); // seed 003: "1.属于国家秘 密→→0→0→0→0→0"
                breaks.TryGetValue(i, out var brk);
                if (breaks.ContainsKey(i) && brk != Break.AfterNumbers && label.Count > 1)
                {
                    // Seed 003: "2.其他法律行 政法规禁止公→→5→0→0→0→5", page break, "→→开→→→…".
                    var at = _rng.Next(1, label.Count);
                    var tail = string.Join(" ", label.Skip(at));
                    lead[lead.IndexOf(text)] = string.Join(" ", label.Take(at));
                    _out.Add(string.Join("\t", lead.Concat(cells)));
                    PageBreak(inTable: true);
                    _out.Add(string.Join("\t", new[] { "", "", tail }.Concat(Enumerable.Repeat("", row.Values.Length))));
                    continue;
                }
                _out.Add(string.Join("\t", lead.Concat(cells)));
                if (breaks.ContainsKey(i)) PageBreak(inTable: true);
            }
        }

        // ---- 四、政府信息公开行政复议、行政诉讼情况 -------------------------------------------------------------

        private void ReviewLitigation()
        {
            var layout = _r.Layout.ReviewLitigation;
            var values = _r.ReviewLitigation.Cells.Select(c => c!.Value).ToList();
            var cells = values.Select(Plain).ToList();
            if (Has(Damage.ExtraReviewCell) && ExtraZeroIsUnambiguous(layout, values))
            {
                cells.Add("0");
                _applied |= Damage.ExtraReviewCell;
            }
            var heads = layout.Rows[0].Fields.Select(f => Glyph(f.Label)).ToList();
            var review = Glyph(layout.Rows[0].Label);
            var litigation = Glyph(layout.Rows[1].Group!);
            var direct = Glyph(layout.Rows[1].Label);
            var after = Glyph(layout.Rows[2].Label);
            var printed = cells.Select(Glyph);
            if (_tabs)
            {
                _out.Add($"{review}\t\t\t\t\t{litigation}" + new string('\t', 9));
                _out.Add(string.Join("\t", heads) + $"\t{direct}\t\t\t\t\t{after}\t\t\t\t");
                _out.Add("\t\t\t\t\t" + string.Join("\t", heads.Concat(heads)));
                _out.Add(string.Join("\t", printed));
                return;
            }
            _out.Add($"{review} {litigation}");
            var stacked = Has(Damage.StackedHeaders) || Has(Damage.WrappedLabels) && Coin();
            if (stacked)
            {
                // Seeds 000/001/004: every head one character a line.
                var oneByOne = heads.SelectMany(h => h.Select(c => c.ToString())).ToList();
                _out.AddRange(oneByOne);
                _out.Add($"{direct} {after}");
                _out.AddRange(oneByOne);
                _out.AddRange(oneByOne);
            }
            else
            {
                _out.Add(string.Join(" ", heads));
                _out.Add($"{direct} {after}");
                _out.Add(string.Join(" ", heads.Concat(heads)));
            }
            _out.Add(string.Join(Sep, printed));
        }

        /// <summary>Dropping any one of the sixteen printed cells leaves one reading that satisfies every 总计.</summary>
        private bool ExtraZeroIsUnambiguous(SectionLayout layout, List<decimal> values)
        {
            var printed = values.Append(0m).ToList();
            var readings = new HashSet<string>();
            for (var drop = 0; drop < printed.Count; drop++)
            {
                var reading = printed.Where((_, i) => i != drop).ToList();
                if (Holds(layout, reading.Select(v => (decimal?)v))) readings.Add(string.Join(",", reading));
            }
            return readings.Count == 1;
        }
    }
}
