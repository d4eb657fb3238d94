using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Gongkai.Ingest.Html;

/// <summary>
/// HTML (any charset, GBK/GB2312 included) → the report's text, in the form of the plain-text rendering: block text
/// as lines, each row of a data table one line of its cells' texts joined by tabs (cells a rowspan covers add
/// nothing). Government sites wrap the report in layout tables, menus and footers: a table holding other tables,
/// headings or long text is layout and is read as blocks; navigation, scripts, hidden elements and the page chrome
/// before the title and after the signature date are left out.
/// </summary>
public static partial class HtmlText
{
    /// <summary>
    /// Parsing and walking a page stops with an error after this much CPU time (and 60 s on the clock, a guard:
    /// <see cref="WorkBudget"/>); a report page takes milliseconds.
    /// </summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(8); // below the fuzzer's 10 s bound, like PdfText.TimeLimit

    /// <summary>A table cell with more text than this is a layout cell, not a value or label.</summary>
    private const int LongCellText = 150;

    /// <summary>
    /// GB18030 comes from the code-pages provider, registered here rather than in a static constructor: field initialisers
    /// run before the constructor's body, so <see cref="Gb18030"/> threw TypeInitializationException whenever HtmlText
    /// was used before anything else had registered the provider (found by bench/fuzz probing HtmlText alone).
    /// </summary>
    private static Encoding CodePage(string name, bool strict)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return strict ? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback) : Encoding.GetEncoding(name);
    }

    /// <exception cref="NotAReportException">Unreadable page: the message says why.</exception>
    public static string Extract(ReadOnlySpan<byte> bytes) => Extract(bytes, DefaultBudget);

    /// <exception cref="NotAReportException">Unreadable page, or not read within <paramref name="budget"/>.</exception>
    public static string Extract(ReadOnlySpan<byte> bytes, TimeSpan budget)
    {
        var work = new WorkBudget(budget, WorkBudget.WallGuard).StartOnThisThread();
        return ExtractMarkup(Decode(bytes), work, budget);
    }

    /// <summary>The text of markup already decoded (a text file whose tables are HTML: <see cref="EmbeddedTables"/>).</summary>
    /// <exception cref="NotAReportException">Unreadable markup, or not read within <see cref="DefaultBudget"/>.</exception>
    public static string ExtractMarkup(string html) =>
        ExtractMarkup(html, new WorkBudget(DefaultBudget, WorkBudget.WallGuard).StartOnThisThread(), DefaultBudget);

    private static string ExtractMarkup(string html, WorkBudget work, TimeSpan budget)
    {
        var cells = CountCells(html);
        if (cells > MaxCells) throw new NotAReportException($"HTML 页面中的表格单元格过多（{cells} 个，上限 {MaxCells}），不像年度报告");
        var deep = MarkupDepth.LineBeyond(html, MaxDepth);
        if (deep > 0) throw new NotAReportException($"HTML 页面的元素嵌套过深（第 {deep} 行处超过 {MaxDepth} 层），不像年度报告");
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        AngleSharp.Html.Dom.IHtmlDocument document;
        using (var watch = work.Watched())
        {
            try { document = parser.ParseDocumentAsync(html, watch.Token).GetAwaiter().GetResult(); }
            catch (OperationCanceledException) { throw TooSlow(budget); }
        }
        using (document)
        {
            var root = (INode?)document.Body ?? document.DocumentElement;
            if (root is null) return "";
            var walker = new Walker(work, budget);
            walker.Walk(root);
            return string.Join('\n', TrimPageChrome(walker.Lines)) + "\n";
        }
    }

    /// <summary>
    /// A report's tables have a few hundred cells; past this the page is a data dump, refused before it is parsed
    /// (bench/fuzz: a 12 MB table of 1.1 million cells took over 10 seconds to parse and walk).
    /// </summary>
    public const int MaxCells = 50_000;

    /// <summary>
    /// Report pages nest a few dozen elements deep; the parser's cost grows with the square of the depth, so past this
    /// the page is refused before it is parsed, the same on any machine (as the DOCX reader's limit).
    /// </summary>
    public const int MaxDepth = 1000;

    /// <summary>The "&lt;td" and "&lt;th" start tags of the markup, counted without parsing (stops counting past the limit).</summary>
    private static int CountCells(string html)
    {
        var count = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 3 < html.Length && count <= MaxCells; i = html.IndexOf('<', i + 1))
        {
            if ((html[i + 1] | 0x20) != 't') continue;
            var c = html[i + 2] | 0x20;
            if ((c == 'd' || c == 'h') && !char.IsAsciiLetterOrDigit(html[i + 3])) count++;
        }
        return count;
    }

    private static NotAReportException TooSlow(TimeSpan budget) =>
        new($"HTML 页面结构过于复杂，{budget.TotalSeconds:0} 秒内未能读完");

    // ---- Encoding ---------------------------------------------------------------------------------------------

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>
    /// The page's text: a BOM decides; else the charset the page declares (&lt;meta charset&gt;, http-equiv
    /// Content-Type, or an XML declaration) — except that bytes which are valid UTF-8 with non-ASCII characters are
    /// UTF-8 whatever the page claims (sites that converted their pages and kept the old &lt;meta&gt;), and a page
    /// declaring UTF-8 whose bytes are not is read as GB18030. No declaration: UTF-8 if valid, else GB18030
    /// (the superset of GB2312 and GBK). Bytes invalid in the chosen charset become U+FFFD, never an error.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        var declared = DeclaredEncoding(bytes);
        if (TryStrict(StrictUtf8, bytes, out var utf8)) return utf8;
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
            return TryStrict(Gb18030Strict, bytes, out var gb) ? gb : (declared ?? Gb18030).GetString(bytes);
        return declared.GetString(bytes);
    }

    private static readonly Encoding Gb18030 = CodePage("GB18030", strict: false);
    private static readonly Encoding Gb18030Strict = CodePage("GB18030", strict: true);

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try { text = encoding.GetString(bytes); return true; }
        catch (DecoderFallbackException) { text = ""; return false; }
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_.:\-]+)|<\?xml\b[^>]*?encoding\s*=\s*[""'](?<cs>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetRx();

    /// <summary>The charset the first 8 KB declare, as an encoding (GB2312 and GBK as GB18030, their superset); null when none or unknown.</summary>
    public static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 8192)]);
        var m = CharsetRx().Match(head);
        if (!m.Success) return null;
        var label = m.Groups["cs"].Value.ToLowerInvariant();
        switch (label)
        {
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "ms936" or "windows-936" or "chinese" or "csgb2312"
                or "csiso58gb231280" or "gb_2312" or "gb_2312-80" or "iso-ir-58" or "x-euc-cn" or "euc-cn":
                return Gb18030;
            // A page served as bytes cannot be UTF-16 without a BOM; browsers read such a declaration as UTF-8.
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Encoding.UTF8;
        }
        // The WHATWG encoding standard maps UTF-7 (and other unsafe labels) to "replacement"; .NET refuses UTF-7
        // outright (NotSupportedException). Either way the declaration is not followed (fuzz fixture html/43d064d08ea79829).
        try { return Encoding.GetEncoding(label); }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    // ---- Page chrome ---------------------------------------------------------------------------------------------

    [GeneratedRegex(@"^(?:一[、.．]总体情况|二[、.．](?:行政机关)?主动公开政府信息)")]
    private static partial Regex FirstSectionRx();

    [GeneratedRegex(@"^六[、.．]其他需要报告的事项")]
    private static partial Regex LastSectionRx();

    [GeneratedRegex(@"(?:19|20)\d{2}年度?[^。]{0,40}?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告")]
    private static partial Regex TitleRx();

    [GeneratedRegex(@"^(?:20\d{2}年\d{1,2}月\d{1,2}日|20\d{2}[-./]\d{1,2}[-./]\d{1,2}|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$")]
    private static partial Regex DateLineRx();

    /// <summary>
    /// The site's lines around the report: before the title (menus, breadcrumbs — which repeat the title —, search
    /// boxes) and after the signature date (打印本页, related links, the footer). The title is the last short line
    /// naming a year's report before section 一 (or 二), taken back to an identical line just above it (a page title
    /// repeated over the document's own, with the publication date between); the end is the last line after section
    /// 六 that is only a date. Without such lines the text is kept whole.
    /// </summary>
    public static IReadOnlyList<string> TrimPageChrome(IReadOnlyList<string> lines)
    {
        var compact = lines.Select(Compact).ToArray();
        var first = Array.FindIndex(compact, c => FirstSectionRx().IsMatch(c));
        if (first < 0) return lines;
        static bool IsTitle(string c) => c.Length <= 80 && !c.Contains('。') && !c.Contains('>') && !c.Contains('»')
            && !c.Contains("位置") && TitleRx().IsMatch(c);
        var start = Array.FindLastIndex(compact, first, IsTitle);
        if (start < 0) start = 0;
        else
        {
            for (var earlier = start - 1; earlier >= 0 && start - earlier <= 10; earlier--)
                if (compact[earlier] == compact[start]) start = earlier;
            // "XX区人民政府" above "2020年政府信息公开工作年度报告": the agency line belongs to the title.
            if (start > 0 && TitleRx().Match(compact[start]).Index == 0) start--;
        }
        var end = lines.Count;
        var last = Array.FindLastIndex(compact, c => LastSectionRx().IsMatch(c));
        if (last > first)
        {
            var date = Array.FindLastIndex(compact, c => DateLineRx().IsMatch(c));
            if (date > last) end = date + 1;
        }
        return start == 0 && end == lines.Count ? lines : lines.Skip(start).Take(end - start).ToList();
    }

    private static string Compact(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var ch in line)
            if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        return sb.ToString();
    }

    // ---- The DOM walk --------------------------------------------------------------------------------------------

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "head", "title", "script", "style", "noscript", "template", "meta", "link", "base", "iframe", "frame", "frameset",
        "object", "embed", "applet", "svg", "math", "canvas", "select", "option", "optgroup", "datalist", "button",
        "input", "textarea", "nav", "aside", "map", "audio", "video", "source", "track", "img", "picture", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "html", "body", "address", "article", "blockquote", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "legend", "li", "listing", "main", "menu", "ol", "p", "plaintext", "pre", "section", "summary", "table",
        "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "xmp",
    };

    /// <summary>Class and id words of the menus, breadcrumbs and share bars of site templates.</summary>
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "topnav", "mainnav", "subnav", "breadcrumb", "breadcrumbs", "crumb",
        "crumbs", "sidebar", "share", "toolbar", "copyright", "skip-link", "skiplink",
    };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar",
    };

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyleRx();

    private static bool IsSkipped(IElement e)
    {
        var name = e.LocalName;
        if (Skipped.Contains(name)) return true;
        if ((name is "header" or "footer") && !InsideArticle(e) && !HoldsReportTitle(e)) return true;
        if (e.HasAttribute("hidden")) return true;
        if (e.GetAttribute("style") is { } style && HiddenStyleRx().IsMatch(style)) return true;
        if (e.GetAttribute("role") is { } role && ChromeRoles.Contains(role.Trim()) && !HoldsReportTitle(e)) return true;
        if (e.Id is { Length: > 0 } id && ChromeWords.Contains(id)) return true;
        foreach (var c in e.ClassList)
            if (ChromeWords.Contains(c)) return true;
        return false;
    }

    /// <summary>A page header that carries the report's title ("…2020年政府信息公开工作年度报告") is kept: the title names the agency and year.</summary>
    private static bool HoldsReportTitle(IElement e)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(e);
        while (stack.Count > 0 && sb.Length < 4000)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                foreach (var ch in t.Data)
                    if (!char.IsWhiteSpace(ch)) sb.Append(ch);
                continue;
            }
            if (node is not IElement child || child.LocalName is "nav" or "script" or "style" or "a") continue;
            for (var i = child.ChildNodes.Length - 1; i >= 0; i--) stack.Push(child.ChildNodes[i]);
        }
        return TitleRx().IsMatch(sb.ToString());
    }

    /// <summary>An article's own header (its title) and footer (its signature) are content; the page's are not.</summary>
    private static bool InsideArticle(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (p.LocalName is "article" or "main") return true;
        return false;
    }

    private sealed class Walker(WorkBudget work, TimeSpan budget)
    {
        public List<string> Lines { get; } = [];
        private readonly StringBuilder _line = new();
        private bool _space;
        private int _pre;
        private int _steps;

        private void Tick()
        {
            if ((++_steps & 0xFFF) == 0 && work.Spent) throw TooSlow(budget);
        }

        /// <summary>Iterative (a page may nest thousands of elements): each element is visited on entry and, if a block, on exit.</summary>
        public void Walk(INode root)
        {
            var stack = new Stack<(INode Node, bool Exit)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                Tick();
                var (node, exit) = stack.Pop();
                if (exit)
                {
                    if (node is IElement { LocalName: "pre" or "listing" or "plaintext" or "xmp" }) _pre--;
                    Break();
                    continue;
                }
                if (node is IText text) { Text(text.Data); continue; }
                if (node is not IElement e || IsSkipped(e)) continue;
                var name = e.LocalName;
                if (name == "br") { Break(); continue; }
                if (name == "table" && !IsLayoutTable(e)) { DataTable(e); continue; }
                if (Blocks.Contains(name))
                {
                    Break();
                    if (name is "pre" or "listing" or "plaintext" or "xmp") _pre++;
                    stack.Push((e, true));
                }
                var children = e.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
            }
            Break();
        }

        private void Text(string data)
        {
            foreach (var ch in data)
            {
                if (_pre > 0 && ch == '\n') { Break(); continue; }
                if (ch is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_pre > 0) _line.Append(ch == '\t' ? '\t' : ' ');
                    else _space = true;
                    continue;
                }
                if (ch == '\0') continue;
                if (_space && _line.Length > 0) _line.Append(' ');
                _space = false;
                _line.Append(ch);
            }
        }

        private void Break()
        {
            _space = false;
            if (_line.Length == 0) return;
            var s = _line.ToString().Trim();
            _line.Clear();
            if (s.Length > 0) Lines.Add(s);
        }

        /// <summary>Each row of the table (not of tables inside it) is one line: its cells' texts joined by tabs.</summary>
        private void DataTable(IElement table)
        {
            Break();
            foreach (var part in table.Children)
            {
                if (IsSkipped(part)) continue;
                switch (part.LocalName)
                {
                    case "caption": Lines.AddRange(CellText(part) is { Length: > 0 } c ? [c] : []); break;
                    case "tr": Row(part); break;
                    case "thead" or "tbody" or "tfoot":
                        foreach (var row in part.Children)
                            if (row.LocalName == "tr" && !IsSkipped(row)) Row(row);
                        break;
                }
            }
        }

        private void Row(IElement tr)
        {
            var cells = new List<string>();
            foreach (var cell in tr.Children)
                if (cell.LocalName is "td" or "th" && !IsSkipped(cell)) cells.Add(CellText(cell));
            if (cells.Exists(c => c.Length > 0)) Lines.Add(string.Join('\t', cells));
        }

        /// <summary>A cell's text on one line: blocks and line breaks inside it become spaces, tabs too.</summary>
        private string CellText(IElement cell)
        {
            var sb = new StringBuilder();
            var space = false;
            var stack = new Stack<INode?>(); // null: the end of a block, a space
            for (var i = cell.ChildNodes.Length - 1; i >= 0; i--) stack.Push(cell.ChildNodes[i]);
            while (stack.Count > 0)
            {
                Tick();
                var node = stack.Pop();
                if (node is null) { space = true; continue; }
                if (node is IText t)
                {
                    foreach (var ch in t.Data)
                    {
                        if (ch is ' ' or '\t' or '\n' or '\r' or '\f') { space = true; continue; }
                        if (ch == '\0') continue;
                        if (space && sb.Length > 0) sb.Append(' ');
                        space = false;
                        sb.Append(ch);
                    }
                    continue;
                }
                if (node is not IElement e || IsSkipped(e)) continue;
                var block = e.LocalName == "br" || Blocks.Contains(e.LocalName);
                if (block) { space = true; stack.Push(null); }
                for (var i = e.ChildNodes.Length - 1; i >= 0; i--) stack.Push(e.ChildNodes[i]);
            }
            return sb.ToString().Trim();
        }

        /// <summary>
        /// Layout, not data: a table holding another table or a heading, a cell with a paragraph's worth of text,
        /// or only one cell per row (a frame around content).
        /// </summary>
        private bool IsLayoutTable(IElement table)
        {
            var widest = 0;
            foreach (var row in Rows(table))
            {
                var cells = 0;
                foreach (var cell in row.Children)
                {
                    if (cell.LocalName is not ("td" or "th")) continue;
                    cells++;
                    var length = 0;
                    var stack = new Stack<INode>();
                    stack.Push(cell);
                    while (stack.Count > 0)
                    {
                        Tick();
                        var node = stack.Pop();
                        if (node is IText t)
                        {
                            length += t.Data.Length - CountWhitespace(t.Data);
                            if (length > LongCellText) return true;
                            continue;
                        }
                        if (node is not IElement e) continue;
                        if (!ReferenceEquals(e, cell) && e.LocalName is "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") return true;
                        if (!ReferenceEquals(e, cell) && IsSkipped(e)) continue;
                        foreach (var child in e.ChildNodes) stack.Push(child);
                    }
                }
                widest = Math.Max(widest, cells);
            }
            return widest <= 1;
        }

        private static IEnumerable<IElement> Rows(IElement table)
        {
            foreach (var part in table.Children)
            {
                if (part.LocalName == "tr") yield return part;
                else if (part.LocalName is "thead" or "tbody" or "tfoot")
                    foreach (var row in part.Children)
                        if (row.LocalName == "tr") yield return row;
            }
        }

        private static int CountWhitespace(string s)
        {
            var n = 0;
            foreach (var ch in s) if (char.IsWhiteSpace(ch)) n++;
            return n;
        }
    }
}
