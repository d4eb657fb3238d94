namespace Gongkai.Ingest.Html;

/// <summary>
/// How deep a page's elements nest, estimated from the markup without parsing it. An HTML parser's cost grows with
/// the square of the nesting (AngleSharp took 1–2.6 s for 10,000 nested &lt;div&gt;s, warm), so a hostile page could
/// only be stopped by the time budget, and whether it was read then depended on the machine's load. Counted here, it
/// is refused the same way everywhere, at once, naming the line.
/// The estimate errs low, never high, so a real page is never refused for it (a property test holds it to AngleSharp's
/// own tree): an element is counted open only until its own end tag, an end tag of an element around it, or what the
/// parser's tree construction closes it with — the next of its kind (&lt;p&gt;, &lt;li&gt;, &lt;a&gt;, headings), a block that
/// ends a paragraph, a table's part clearing back to its table, an HTML element ending svg or math; void elements, those
/// closing themselves inside svg or math, raw text (script, style, textarea, title), tags a select or a form in a form
/// drops, comments and declarations are not counted. (Markup strewn between a table's cells or left open in svg or a
/// select is placed by the parser in ways not all followed here; such a page may count a level or two deeper, which
/// matters only a thousand levels down.)
/// </summary>
internal static class MarkupDepth
{
    /// <summary>The line (1-based) where the nesting first goes past <paramref name="limit"/>; 0 when it never does.</summary>
    public static int LineBeyond(string html, int limit) => Walk(html, limit).Line;

    /// <summary>The deepest nesting of the whole page, as estimated (html, head and body not counted).</summary>
    public static int Deepest(string html) => Walk(html, int.MaxValue).Deepest;

    private static (int Deepest, int Line) Walk(string html, int limit)
    {
        var open = new OpenElements();
        var deepest = 0;
        var formOpen = false; // the parser's form element pointer: set by a form, cleared only by </form>
        var i = html.IndexOf('<');
        while (i >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!' || next == '?')
            {
                i = html.AsSpan(i).StartsWith("<!--") ? Skip(html, i + 4, "-->") : Skip(html, i + 2, ">");
            }
            else if (next == '/')
            {
                var (name, end) = Name(html, i + 2);
                if (name == "form") formOpen = false;
                // </h1> closes an open h2 as well: any heading ends any heading.
                var at = Headings.Contains(name) ? open.LastOfAny(HeadingNames) : open.LastOf(name);
                if (at >= 0) open.CloseFrom(at);
                i = Skip(html, end, ">");
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, end) = Name(html, i + 1);
                var (close, selfClosed) = TagEnd(html, end);
                if (Start(open, name, selfClosed, ref formOpen))
                {
                    var depth = open.Top.Depth;
                    deepest = Math.Max(deepest, depth);
                    if (depth > limit) return (deepest, LineOf(html, i));
                }
                i = RawText.Contains(name) ? SkipRawText(html, close, name) : close < html.Length ? html.IndexOf('<', close) : -1;
                continue;
            }
            else
            {
                i++;
            }
            i = i < 0 || i >= html.Length ? -1 : html.IndexOf('<', i);
        }
        return (deepest, 0);
    }

    /// <summary>A start tag: closes what the parser would close for it, then opens it unless it is void, raw text, or dropped; true when opened.</summary>
    private static bool Start(OpenElements open, string name, bool selfClosed, ref bool formOpen)
    {
        // In a select only options are kept: another select, an input or a table's part ends it, the rest is dropped.
        var select = open.LastOf("select");
        if (select >= 0)
        {
            if (name is "select" or "input" or "keygen" or "textarea" || name == "table" || TableParts.Contains(name)) open.CloseFrom(select);
            else if (name is not ("option" or "optgroup" or "script" or "template" or "hr")) return false;
            if (name == "select") return false;
        }
        // An HTML element in svg or math ends the foreign content (unless inside an integration point).
        if (BreaksOutOfForeign.Contains(name))
        {
            var foreign = open.LastOfAny(ForeignRoots);
            if (foreign >= 0 && open.LastOfAny(IntegrationPoints) < foreign) open.CloseFrom(foreign);
        }
        var inForeign = open.LastOfAny(ForeignRoots) >= 0;
        if (!inForeign && ClosesParagraph.Contains(name))
        {
            var p = OpenOfKind(open, Paragraph);
            if (p >= 0) open.CloseFrom(p);
        }
        if (!inForeign && TableParts.Contains(name))
        {
            // Outside a table these are dropped; inside, the parser clears back to the table (or its row group, or
            // row) before inserting them, closing any cell, row or stray element left open.
            var table = open.LastOf("table");
            if (table < 0) return false;
            var keep = table + 1;
            if (name is "tr" or "td" or "th" && keep < open.Count && open[keep].Name is "tbody" or "thead" or "tfoot") keep++;
            if (name is "td" or "th" && keep < open.Count && open[keep].Name == "tr") keep++;
            if (keep < open.Count) open.CloseFrom(keep);
        }
        else if (!inForeign && name == "table")
        {
            // A table straight inside a table (not in a cell or caption) closes the first.
            var table = open.LastOf("table");
            if (table >= 0 && table > open.LastOfAny(CellOrCaption)) open.CloseFrom(table);
        }
        if (RawText.Contains(name) || Void.Contains(name) || Root.Contains(name) || name == "col") return false;
        // "<div/>" stays open in HTML: only void elements and those in svg or math close themselves.
        if (selfClosed && inForeign) return false;
        // In a table, outside its cells, the parser puts an element beside the table ("foster parenting"), and one in
        // a form it closes at once.
        var fostered = !inForeign && open.Count > 0 && TableContext.Contains(open.Top.Name) && !TableParts.Contains(name) && name != "table";
        if (name == "form")
        {
            if (formOpen) return false; // a form in a form is dropped
            formOpen = true;
            if (fostered) return false;
        }
        if (ClosedByNextOfKind.TryGetValue(name, out var kind))
        {
            var at = OpenOfKind(open, kind);
            if (at >= 0) open.CloseFrom(at);
        }
        var parent = open.Count == 0 ? 0 : fostered ? open[open.LastOf("table")].Depth - 1 : open.Top.Depth;
        open.Push(name, parent + 1);
        return true;
    }

    /// <summary>An open element and its depth in the tree the parser builds (a fostered element's is its table's).</summary>
    private readonly record struct Open(string Name, int Depth);

    /// <summary>
    /// The parser's stack of open elements as the estimate keeps it, with where each name is open, so that every question
    /// the walk asks of it (the last open p, table, select or svg; the nearest boundary of a scope) takes a few lookups
    /// instead of a pass over the stack: a page nested 999 deep followed by a million tags took 38 s that way.
    /// </summary>
    private sealed class OpenElements
    {
        private readonly List<Open> _open = [];
        private readonly Dictionary<string, List<int>> _at = new(StringComparer.Ordinal);

        public int Count => _open.Count;
        public Open this[int index] => _open[index];
        public Open Top => _open[^1];

        public void Push(string name, int depth)
        {
            if (!_at.TryGetValue(name, out var at)) _at[name] = at = [];
            at.Add(_open.Count);
            _open.Add(new Open(name, depth));
        }

        /// <summary>The index of the last open element of that name; -1 when none is open.</summary>
        public int LastOf(string name) => _at.TryGetValue(name, out var at) ? at[^1] : -1;

        public int LastOfAny(string[] names)
        {
            var last = -1;
            foreach (var name in names) last = Math.Max(last, LastOf(name));
            return last;
        }

        /// <summary>Closes the element at <paramref name="index"/> and every one above it.</summary>
        public void CloseFrom(int index)
        {
            for (var k = _open.Count - 1; k >= index; k--)
            {
                var at = _at[_open[k].Name];
                at.RemoveAt(at.Count - 1);
                if (at.Count == 0) _at.Remove(_open[k].Name); // only open names kept: a page of a million distinct tags stays small
            }
            _open.RemoveRange(index, _open.Count - index);
        }
    }

    private static readonly string[] ForeignRoots = ["svg", "math"];
    private static readonly string[] CellOrCaption = ["td", "th", "caption"];

    private static readonly HashSet<string> TableContext = ["table", "tbody", "thead", "tfoot", "tr"];

    private static readonly string[] HeadingNames = ["h1", "h2", "h3", "h4", "h5", "h6"];
    private static readonly HashSet<string> Headings = [.. HeadingNames];

    private static readonly HashSet<string> TableParts = ["caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th"];

    private static readonly string[] IntegrationPoints = ["foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"];

    /// <summary>HTML start tags that end svg or math content (font too, with colour, face or size: counted as if always).</summary>
    private static readonly HashSet<string> BreaksOutOfForeign =
    [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
        "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font",
    ];

    private static readonly HashSet<string> Void =
        ["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"];

    private static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "plaintext"];

    /// <summary>A repeated html, head or body start tag is merged into the first by the parser, never nested.</summary>
    private static readonly HashSet<string> Root = ["html", "head", "body"];

    /// <summary>
    /// Elements the parser closes when the next of their kind starts, and where it stops looking for the open one
    /// (HTML's tree construction: "in scope", "in button scope", the list-item walk, "current node"). Each stop
    /// set here is a subset of the standard's, so the open one is found at least as often as by the parser.
    /// </summary>
    private sealed record Kind(string[] Members, string[]? StopAt)
    {
        /// <summary>Only the element on top is closed (option, optgroup, h1–h6).</summary>
        public bool TopOnly => StopAt is null;
    }

    private static readonly string[] Scope = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];
    private static readonly Kind Paragraph = new(["p"], [.. Scope, "button"]), Item = new(["li"], [.. Scope, "button", "ul", "ol"]),
        Definition = new(["dt", "dd"], [.. Scope, "button", "dl", "ul", "ol"]), Anchor = new(["a"], Scope), NoBreak = new(["nobr"], Scope),
        Button = new(["button"], Scope), Ruby = new(["rt", "rp"], Scope), Option = new(["option"], null), OptGroup = new(["optgroup"], null),
        Heading = new(HeadingNames, null);

    private static readonly Dictionary<string, Kind> ClosedByNextOfKind =
        new Kind[] { Paragraph, Item, Definition, Anchor, NoBreak, Button, Ruby, Option, OptGroup, Heading }
            .SelectMany(kind => kind.Members.Select(name => KeyValuePair.Create(name, kind))).ToDictionary();

    /// <summary>
    /// Start tags that close an open &lt;p&gt; in button scope (table only in standards mode: closing it always errs low).
    /// </summary>
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "search", "section", "summary",
        "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "xmp", "plaintext", "li", "dd", "dt", "hr",
    ];

    /// <summary>
    /// The index of the open element of <paramref name="kind"/> the parser would close; -1 when none: the nearest one,
    /// unless an element of the kind's stop set is open above it (or, for a top-only kind, anything is).
    /// </summary>
    private static int OpenOfKind(OpenElements open, Kind kind)
    {
        if (kind.TopOnly) return open.Count > 0 && kind.Members.Contains(open.Top.Name) ? open.Count - 1 : -1;
        var last = open.LastOfAny(kind.Members);
        return last > open.LastOfAny(kind.StopAt!) ? last : -1;
    }

    /// <summary>The tag name at <paramref name="start"/>, lower case (letters, digits, ':', '-', '_'), and where it ends.</summary>
    private static (string Name, int End) Name(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is ':' or '-' or '_')) end++;
        return (html[start..end].ToLowerInvariant(), end);
    }

    /// <summary>Just past the tag's '&gt;' (quoted attribute values may hold one), and whether it ends in "/&gt;".</summary>
    private static (int Next, bool SelfClosed) TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var k = from; k < html.Length; k++)
        {
            var c = html[k];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'' && k > 0 && html[k - 1] == '=') quote = c;
            else if (c == '>') return (k + 1, html[k - 1] == '/');
        }
        return (html.Length, false);
    }

    private static int Skip(string html, int from, string until)
    {
        if (from >= html.Length) return html.Length;
        var at = html.IndexOf(until, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + until.Length;
    }

    private static int SkipRawText(string html, int from, string name)
    {
        if (from >= html.Length) return -1;
        var at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : at;
    }

    private static int LineOf(string html, int index) => html.AsSpan(0, index).Count('\n') + 1;
}
