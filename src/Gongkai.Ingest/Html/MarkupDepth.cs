namespace Gongkai.Ingest.Html;

/// <summary>
/// How deep a page's elements nest, estimated from the markup without parsing it. An HTML parser's cost grows with
/// the square of the nesting (AngleSharp took 1–2.6 s for 10,000 nested &lt;div&gt;s, warm), so a hostile page could
/// only be stopped by the time budget, and whether it was read then depended on the machine's load. Counted here, it
/// is refused the same way everywhere, at once, naming the line.
/// The estimate errs low, never high, so a real page is never refused for it: an element is counted open only until
/// its own end tag, an end tag of an element around it, or (for the elements the parser closes by themselves, such
/// as &lt;p&gt;, &lt;li&gt;, &lt;td&gt;, &lt;tr&gt;) the start of the next of its kind or of a block that ends a paragraph; void elements, those closing themselves
/// inside svg or math, raw text (script, style, textarea, title), comments and declarations are not counted.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>The line (1-based) where the nesting first goes past <paramref name="limit"/>; 0 when it never does.</summary>
    public static int LineBeyond(string html, int limit) => Walk(html, limit).Line;

    /// <summary>The deepest nesting of the whole page, as estimated (html, head and body not counted).</summary>
    public static int Deepest(string html) => Walk(html, int.MaxValue).Deepest;

    private static (int Deepest, int Line) Walk(string html, int limit)
    {
        var open = new List<string>();
        var deepest = 0;
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
                if (name.Length > 0)
                {
                    var at = open.LastIndexOf(name);
                    if (at >= 0) open.RemoveRange(at, open.Count - at);
                }
                i = Skip(html, end, ">");
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, end) = Name(html, i + 1);
                var (close, selfClosed) = TagEnd(html, end);
                if (RawText.Contains(name))
                {
                    i = SkipRawText(html, close, name);
                    continue;
                }
                // "<div/>" stays open in HTML (only void elements and those inside svg or math close themselves), and a
                // form inside a form is dropped by the parser.
                if (!(selfClosed && (open.Contains("svg") || open.Contains("math"))) && !Void.Contains(name) && !Root.Contains(name) && !(name == "form" && open.Contains("form")))
                {
                    if (ClosesParagraph.Contains(name))
                    {
                        var p = OpenOfKind(open, Paragraph);
                        if (p >= 0) open.RemoveRange(p, open.Count - p);
                    }
                    if (ClosedByNextOfKind.TryGetValue(name, out var kind))
                    {
                        var at = OpenOfKind(open, kind);
                        if (at >= 0) open.RemoveRange(at, open.Count - at);
                    }
                    open.Add(name);
                    deepest = Math.Max(deepest, open.Count);
                    if (open.Count > limit) return (deepest, LineOf(html, i));
                }
                i = close;
            }
            else
            {
                i++;
            }
            i = i < 0 || i >= html.Length ? -1 : html.IndexOf('<', i);
        }
        return (deepest, 0);
    }

    private static readonly HashSet<string> Void =
        ["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"];

    private static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "plaintext"];

    /// <summary>A repeated html, head or body start tag is merged into the first by the parser, never nested.</summary>
    private static readonly HashSet<string> Root = ["html", "head", "body"];

    /// <summary>
    /// Elements the parser closes when the next of their kind starts, and where it stops looking for the open one
    /// (HTML's tree construction: "in table scope", "in button scope", the list-item walk, "current node"). Each stop
    /// set here is a subset of the standard's, so the open one is found at least as often as by the parser.
    /// </summary>
    private sealed record Kind(string Name, HashSet<string>? StopAt)
    {
        /// <summary>Only the element on top is closed (option, optgroup, h1–h6).</summary>
        public bool TopOnly => StopAt is null;
    }

    private static readonly HashSet<string> Scope = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];
    private static readonly HashSet<string> TableScope = ["html", "table", "template"];
    private static readonly Kind Cell = new("cell", TableScope), Row = new("tr", TableScope), Section = new("section", TableScope),
        Caption = new("caption", TableScope), ColGroup = new("colgroup", TableScope),
        Paragraph = new("p", [.. Scope, "button"]), Item = new("li", [.. Scope, "button", "ul", "ol"]),
        Definition = new("d", [.. Scope, "button", "dl", "ul", "ol"]), Anchor = new("a", Scope), NoBreak = new("nobr", Scope),
        Button = new("button", Scope), Ruby = new("ruby", Scope), Option = new("option", null), OptGroup = new("optgroup", null),
        Heading = new("h", null);

    private static readonly Dictionary<string, Kind> ClosedByNextOfKind = new()
    {
        ["td"] = Cell, ["th"] = Cell, ["tr"] = Row, ["thead"] = Section, ["tbody"] = Section, ["tfoot"] = Section,
        ["caption"] = Caption, ["colgroup"] = ColGroup, ["p"] = Paragraph, ["li"] = Item, ["dt"] = Definition,
        ["dd"] = Definition, ["a"] = Anchor, ["nobr"] = NoBreak, ["button"] = Button, ["rt"] = Ruby, ["rp"] = Ruby,
        ["option"] = Option, ["optgroup"] = OptGroup,
        ["h1"] = Heading, ["h2"] = Heading, ["h3"] = Heading, ["h4"] = Heading, ["h5"] = Heading, ["h6"] = Heading,
    };

    /// <summary>
    /// Start tags that close an open &lt;p&gt; in button scope (table only in standards mode: closing it always errs low).
    /// </summary>
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "search", "section", "summary",
        "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "xmp", "plaintext", "li", "dd", "dt",
    ];

    /// <summary>The index of the open element of <paramref name="kind"/> the parser would close; -1 when none.</summary>
    private static int OpenOfKind(List<string> open, Kind kind)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (ClosedByNextOfKind.TryGetValue(open[k], out var other) && other == kind) return k;
            if (kind.TopOnly || kind.StopAt!.Contains(open[k])) return -1;
        }
        return -1;
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
