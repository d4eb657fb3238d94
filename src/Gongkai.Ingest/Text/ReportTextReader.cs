using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Ingest.Text;

/// <summary>Reads the text of a published annual report (as PDF/DOCX/HTML extraction leaves it) into the report model.</summary>
public static partial class ReportTextReader
{
    [GeneratedRegex(@"^\s*(?:文章|信息)?(?:标题|题目|名称)\s*[:：]\s*")]
    private static partial Regex ArchiveFieldRx();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告")]
    private static partial Regex TitleRx();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})年度?(?<a>.{2,40}?)(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告")]
    private static partial Regex YearFirstTitleRx();

    [GeneratedRegex(@"^[(\[【]?(?:发布|印发|成文)?(?:日期|时间)?[:：]?(?<y>20\d{2})(?:年|\.|-|/)(?<m>\d{1,2})(?:月|\.|-|/)(?<d>\d{1,2})日?[)\]】]?$")]
    private static partial Regex DateRx();

    /// <summary>An archive's header line: "发布时间: 2020-01-02 09:08", the time of day and other fields after the date.</summary>
    [GeneratedRegex(@"^\s*(?:发布|印发|成文)(?:日期|时间)\s*[:：]\s*(?<date>[^\s:：]+)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)")]
    private static partial Regex LabelledDateRx();

    [GeneratedRegex(@"^[(\[【]?(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,3})月(?<d>[一二三四五六七八九十]{1,3})日[)\]】]?$")]
    private static partial Regex ChineseDateRx();

    /// <summary>The report with reading findings ("read.*"); run ReportChecker.Check for the rule catalogue.</summary>
    /// <exception cref="NotAReportException">The text is not an annual report (the message says why).</exception>
    public static Report Read(string text, string? source = null) => Read(text, source, TextTraits.None);

    /// <inheritdoc cref="Read(string, string?)"/>
    /// <param name="traits">What the text's producer knows about it, e.g. that its tab-separated rows keep the table's cells.</param>
    public static Report Read(string text, string? source, TextTraits traits)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text.AsMemory(), source, traits);
    }

    /// <inheritdoc cref="Read(string, string?, TextTraits)"/>
    /// <remarks>
    /// The text as characters that need not be a string (a decoding buffer, <see cref="ReportReader.ReadBytes"/>): the
    /// report keeps none of them (its texts are strings of their own), so the caller may reuse the buffer after.
    /// </remarks>
    internal static Report Read(ReadOnlyMemory<char> text, string? source, TextTraits traits)
    {
        using var rowLists = RowLists.Open();
        using var doc = new DocumentMap(SplitLongLines(text));
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var cellPositions = (traits & TextTraits.CellPositions) != 0;
        var recognised = (traits & TextTraits.Ocr) != 0 || doc.Heading[2] >= 0 && Tokenizer.LooksRecognised(doc.Lines, doc.Heading[2], doc.SectionEnd(4));

        var (year, agency, titleLine, titleEnd) = ReadTitle(doc);
        var layout = ChooseLayout(doc, year, findings);
        var narrative = ReadNarrative(doc, titleEnd);

        if (recognised && agency is not null) agency = RecognisedNames.Correct(agency);

        // The sections' tokens are read only within this call (row runs, the reading by order and the findings keep
        // copies), so each thread reuses one list per section: a new list of every token was 7 % of a report's bytes.
        var proactiveTokens = Tokens(doc, 2, cellPositions, recognised, ref t_proactiveTokens);
        var applicationTokens = Tokens(doc, 3, cellPositions, recognised, ref t_applicationTokens);
        // Numbers with their thousands spaced apart ("91 754") are seen in the lines or in a row with more numbers than
        // cells; a table whose reader knows its cells has a cell's spaced digits joined already (Tokenizer).
        var spaced = !cellPositions && doc.Heading[2] >= 0 && SpacedThousands.InLines(doc.Lines, doc.Heading[2], doc.SectionEnd(4));
        var proactiveRuns = RowMatcher.Match(layout.Proactive, proactiveTokens, spaced, out var proactiveOverfull);
        var applicationRuns = RowMatcher.Match(layout.Applications, applicationTokens, spaced, out var applicationsOverfull);
        var reviewRun = ReviewRun(doc, layout.ReviewLitigation, cellPositions, recognised);
        if (!spaced && !cellPositions && (proactiveOverfull || applicationsOverfull || SpacedThousands.Overfull(reviewRun)))
        {
            spaced = true;
            proactiveRuns = RowMatcher.Match(layout.Proactive, proactiveTokens, spaced, out _);
            applicationRuns = RowMatcher.Match(layout.Applications, applicationTokens, spaced, out _);
        }
        // No sign either way ("行政许可 0 42 190" in a text that lost cells and prints no whole number of four digits): the
        // thousands may be spaced apart all the same, the row 0, a lost cell, 42190. Only 二's rows are read so: no
        // identity checks them, where a wrong split of a row of 三 or 四 breaks its 总计 or its column's.
        var proactiveSpaced = spaced;
        if (!spaced && !cellPositions && SpacedThousands.Unshown(layout.Proactive, proactiveRuns, applicationRuns, reviewRun, doc.Lines))
        {
            proactiveSpaced = true;
            proactiveRuns = RowMatcher.Match(layout.Proactive, proactiveTokens, proactiveSpaced, out _);
        }

        var matchedRows = proactiveRuns.Count(r => r.Tokens is not null) + applicationRuns.Count(r => r.Tokens is not null);
        if (matchedRows < 3 && (reviewRun.Tokens?.Count ?? 0) < 5)
            throw new NotAReportException(titleLine >= 0
                ? "找到了年度报告标题，但没有可读的表格（二、三、四部分）：可能是扫描件，或表格是图片"
                : "不是政府信息公开工作年度报告：未找到标题（“XXXX年政府信息公开工作年度报告”），也未找到二、三、四部分的表格");

        var quotes = NarrativeCheck.QuotedCells(narrative, layout.Template);
        var collapsed = !cellPositions && doc.Heading[2] >= 0 && RepeatsDropped(doc.Lines, doc.Heading[2], doc.SectionEnd(4));
        var proactive = Resolve(layout.Proactive, layout, proactiveRuns, proactiveTokens, doc.Heading[2] >= 0 || proactiveRuns.Any(r => r.Tokens is not null), quotes, recognised, collapsed, proactiveSpaced, findings,
            proactiveSpaced && !spaced ? SpacedThousands.UnshownDoubt : null);
        var applications = Resolve(layout.Applications, layout, applicationRuns, applicationTokens, doc.Heading[3] >= 0 || applicationRuns.Any(r => r.Tokens is not null), quotes, recognised, collapsed, spaced, findings);
        var review = Resolve(layout.ReviewLitigation, layout, [reviewRun], null, reviewRun.Tokens is { Count: > 0 }, quotes, recognised, collapsed, spaced, findings);

        if (year is null) findings.Add(RuleCatalogue.YearMissing.Make("year", null, null));
        if (agency is null) findings.Add(RuleCatalogue.AgencyMissing.Make("agency", null, null));
        var published = ReadPublished(doc, titleEnd, year, findings);

        return new Report
        {
            Source = source,
            Layout = layout,
            Year = year,
            Agency = agency,
            Published = published,
            Proactive = proactive,
            Applications = applications,
            ReviewLitigation = review,
            Narrative = narrative,
            Findings = findings.ToImmutable(),
        };
    }

    /// <summary>
    /// Reads a table by its labels and, when the section prints exactly one number (or blank) per cell, also by the
    /// numbers' order alone. pdftotext's default mode prints labels away from their numbers (a label beside a merged
    /// group cell comes out after the group), so the two can differ: a cell keeps a value only where both readings
    /// give it, or where one of them breaks identities the other keeps.
    /// </summary>
    private static SectionData Resolve(SectionLayout section, ReportLayout layout, List<RowRun> runs, List<Token>? tokens, bool found,
        List<(string Section, string Row, string Field, decimal Value, string Quote)> quoted, bool recognised, bool collapsed, bool spacedThousands,
        ImmutableArray<Finding>.Builder findings, string? doubt = null)
    {
        if (!found)
        {
            findings.Add(RuleCatalogue.SectionMissing.Make(section.Key, null, null, ("title", section.Title)));
            return SectionData.Empty(section);
        }
        // A loop, not a chain of LINQ iterators and their closures for each section: the same quotes in the same order.
        var quotes = new List<ProseQuote>();
        foreach (var q in quoted)
            if (q.Section == section.Key && section.CellIndex(q.Row, q.Field) is var cell and >= 0) quotes.Add(new ProseQuote(cell, q.Value, q.Quote));
        var (cells, f) = CellResolver.Resolve(layout, section, runs, quotes, collapsed, spacedThousands, doubt);
        // With repeated lines dropped, or two numbers that may be one, the count of numbers says nothing of the cells: no
        // reading by order.
        if (tokens is not null && !collapsed && !(spacedThousands && SpacedThousands.HasPair(tokens)) && InOrder(section, tokens, runs) is { } ordered && !SameTokens(runs, ordered))
        {
            var (byOrder, orderFindings) = CellResolver.Resolve(layout, section, ordered, quotes, spacedThousands: spacedThousands, doubt: doubt);
            if (!byOrder.SequenceEqual(cells))
                (cells, f) = Reconcile(section, layout, runs, (cells, f), (byOrder, orderFindings));
        }
        if (recognised) cells = CellResolver.RepairRecognised(layout, section, cells, f);
        findings.AddRange(f);
        return new SectionData(section, cells);
    }

    /// <summary>
    /// A number alone: <c>^[+-]?\d[\d,]*(?:\.\d+)?$</c>, written by hand (a property test holds it to the pattern): a
    /// regex per table line, and its code a share of the tier-1 JIT's work. \d is any decimal digit, and $ also matches
    /// before a final line feed, as in the pattern.
    /// </summary>
    internal static bool IsLoneNumber(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-') i++;
        if (i >= s.Length || !char.IsDigit(s[i])) return false;
        i++;
        while (i < s.Length && (char.IsDigit(s[i]) || s[i] == ',')) i++;
        if (i + 1 < s.Length && s[i] == '.' && char.IsDigit(s[i + 1]))
        {
            i += 2;
            while (i < s.Length && char.IsDigit(s[i])) i++;
        }
        return AtEnd(s, i);
    }

    /// <summary>
    /// A label's numbering on a line of its own, "1." of "1." / "属于国家秘密": <c>^\d{1,2}\s*[.、．]$</c>, by hand as
    /// <see cref="IsLoneNumber"/>.
    /// </summary>
    internal static bool IsNumberingLine(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || !char.IsDigit(s[0])) return false;
        var i = 1;
        if (i < s.Length && char.IsDigit(s[i])) i++;
        while (i < s.Length && Gongkai.Core.Text.Chars.IsWhiteSpace(s[i])) i++;
        return i < s.Length && s[i] is '.' or '、' or '．' && AtEnd(s, i + 1);
    }

    /// <summary>Where a regex's $ matches: the end, or just before a line feed that ends the text.</summary>
    private static bool AtEnd(ReadOnlySpan<char> s, int i) => i == s.Length || i == s.Length - 1 && s[i] == '\n';

    /// <summary>
    /// Page text archived one cell a line with every line equal to the one before it dropped (a row printed
    /// 0 0 0 0 0 0 0 comes out as one 0): the tables' lines are nearly all one number each, and no two lines in a row
    /// are the same — which a table of counts, full of zeros, never shows otherwise.
    /// </summary>
    private static bool RepeatsDropped(string[] lines, int from, int to)
    {
        ReadOnlySpan<char> previous = default;
        var first = true;
        int numbers = 0, withDigits = 0;
        for (var i = from; i < to; i++)
        {
            var line = lines[i].AsSpan().Trim(); // spans: no trimmed copy of every line
            if (line.Length == 0) continue;
            if (!first && line.SequenceEqual(previous)) return false;
            previous = line;
            first = false;
            // Label lines carry their numbering ("1.属于国家秘密"): only lines without Chinese text can be cells.
            if (!line.ContainsAny(TextNormalizer.AsciiDigits) || HasCjk(line) || IsNumberingLine(line)) continue;
            withDigits++;
            if (IsLoneNumber(line)) numbers++;
        }
        return numbers >= 8 && numbers * 10 >= withDigits * 8;
    }

    private static bool HasCjk(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
            if (TextNormalizer.IsCjk(c)) return true;
        return false;
    }

    /// <summary>Both readings dealt every row the same tokens: they cannot differ (the usual case, and a cheap one to see).</summary>
    private static bool SameTokens(List<RowRun> byLabel, List<RowRun> byOrder)
    {
        for (var r = 0; r < byLabel.Count; r++)
            if (byLabel[r].Tokens is not { } a || !a.SequenceEqual(byOrder[r].Tokens!)) return false;
        return true;
    }

    /// <summary>
    /// The section's numbers and blanks dealt out to its rows in order, when there is exactly one per cell; null also
    /// when that is exactly what the reading by label (<paramref name="labelled"/>, one run per row in the same order)
    /// dealt every row, the usual case: then the two readings cannot differ, and nothing is built.
    /// </summary>
    private static List<RowRun>? InOrder(SectionLayout section, List<Token> tokens, List<RowRun> labelled)
    {
        // Counted before anything is built: most sections do not print exactly one number per cell.
        var all = CollectionsMarshal.AsSpan(tokens);
        var count = 0;
        foreach (ref readonly var t in all)
            if (t.Kind != TokenKind.Text) count++;
        if (count != section.CellCount) return null;
        var rented = ArrayPool<Token>.Shared.Rent(count);
        try
        {
            var values = rented.AsSpan(0, count);
            count = 0;
            foreach (ref readonly var t in all)
                if (t.Kind != TokenKind.Text) values[count++] = t;
            if (labelled.Count == section.Rows.Length && SameAsLabelled(section, values, labelled)) return null;
            var runs = new List<RowRun>(section.Rows.Length);
            for (var r = 0; r < section.Rows.Length; r++)
            {
                var row = section.Rows[r];
                var (where, place) = r < labelled.Count && labelled[r].FirstCell == row.Offset
                    ? (labelled[r].Where, labelled[r].Place)
                    : ($"{section.Key}.{row.Key}", section.RowName(row));
                runs.Add(new RowRun(row.Offset, row.Fields.Length, where, place) { Tokens = RowLists.Copy(values.Slice(row.Offset, row.Fields.Length)) });
            }
            return runs;
        }
        finally { ArrayPool<Token>.Shared.Return(rented, clearArray: true); }
    }

    /// <summary>What <see cref="SameTokens"/> would say of the runs <see cref="InOrder"/> would build.</summary>
    private static bool SameAsLabelled(SectionLayout section, ReadOnlySpan<Token> values, List<RowRun> labelled)
    {
        for (var r = 0; r < labelled.Count; r++)
        {
            var row = section.Rows[r];
            if (labelled[r].Tokens is not { } a || !CollectionsMarshal.AsSpan(a).SequenceEqual(values.Slice(row.Offset, row.Fields.Length)))
                return false;
        }
        return true;
    }

    private static (ImmutableArray<decimal?>, List<Finding>) Reconcile(SectionLayout section, ReportLayout layout, List<RowRun> labelled,
        (ImmutableArray<decimal?> Cells, List<Finding> Findings) byLabel, (ImmutableArray<decimal?> Cells, List<Finding> Findings) byOrder)
    {
        int labelBroken = CellResolver.Violations(layout, section, byLabel.Cells), orderBroken = CellResolver.Violations(layout, section, byOrder.Cells);
        var identities = layout.Identities.Any(i => i.Section == section);
        // The rows where the readings differ were all read by guesswork from their labels (numbers with no label of
        // their own, labels with no numbers): the order of the numbers is the better witness, if the identities allow it.
        var differing = section.Rows.Select((row, i) => (row, i))
            .Where(x => Enumerable.Range(x.row.Offset, x.row.Fields.Length).Any(c => byLabel.Cells[c] != byOrder.Cells[c])).ToList();
        var guessedOnly = differing.TrueForAll(x => !labelled[x.i].Exact);
        var exactRows = labelled.Count(r => r.Exact);
        var orderWins = orderBroken == 0 && (identities
            ? labelBroken > 0 || guessedOnly
            : guessedOnly && exactRows * 2 >= labelled.Count);
        if (orderWins)
        {
            var why = identities && labelBroken > 0 ? "按顺序读取满足全部勾稽关系，按标签读取不满足"
                : identities ? "两种读法只在标签与数值未紧邻的行不同，按顺序读取满足全部勾稽关系"
                : "两种读法只在标签与数值未紧邻的行不同，标签紧邻数值的各行两种读法一致";
            return (byOrder.Cells, [.. byOrder.Findings, RuleCatalogue.ReadByOrder.Make(section.Key, null, null, ("place", section.Title), ("why", why))]);
        }
        if (identities && labelBroken == 0 && orderBroken > 0) return byLabel;

        // Both readings keep the identities (or both break them, or there are none to tell): only what they agree on stands.
        var cells = byLabel.Cells.ToBuilder();
        var findings = new List<Finding>(byLabel.Findings);
        foreach (var row in section.Rows)
        {
            var differ = Enumerable.Range(row.Offset, row.Fields.Length).Where(c => byLabel.Cells[c] != byOrder.Cells[c]).ToList();
            if (differ.Count == 0) continue;
            foreach (var c in differ) cells[c] = null;
            var candidates = string.Join("；", differ.Select(c =>
                $"“{section.FieldOfCell(c).Label}”列按标签为{Rule.Format(byLabel.Cells[c])}、按顺序为{Rule.Format(byOrder.Cells[c])}"));
            findings.Add(RuleCatalogue.OrderConflict.Make($"{section.Key}.{row.Key}", null, null, ("place", section.RowName(row)), ("candidates", candidates)));
        }
        return (cells.ToImmutable(), findings);
    }

    private static List<Token> Tokens(DocumentMap doc, int n, bool cellPositions, bool recognised, ref List<Token>? scratch)
    {
        // One huge text does not keep its list for the thread's life.
        if (scratch is null || scratch.Capacity > 1 << 16) scratch = new List<Token>(512);
        scratch.Clear();
        if (doc.Heading[n] >= 0) Tokenizer.Tokenize(scratch, doc.Lines, doc.Heading[n], doc.SectionEnd(n), cellPositions, recognised);
        return scratch;
    }

    [ThreadStatic] private static List<Token>? t_proactiveTokens, t_applicationTokens, t_reviewTokens;

    /// <summary>Section 四 prints its 15 cells as one run under a header; the run ends where prose begins.</summary>
    private static RowRun ReviewRun(DocumentMap doc, SectionLayout section, bool cellPositions, bool recognised)
    {
        var run = new RowRun(0, section.CellCount, section.Key, section.Title);
        if (doc.Heading[4] < 0) return run;
        // From the heading's own line: a report on one line has its table there.
        var tokens = CollectionsMarshal.AsSpan(Tokens(doc, 4, cellPositions, recognised, ref t_reviewTokens));
        // Counted first, then copied into a list of that size: no list grown by doubling.
        int count = 0, end = tokens.Length;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Text) count++;
            else if (count > 0 && tokens[i].Text.Length >= 20) { end = i; break; }
        }
        var numbers = RowLists.Rent(count);
        foreach (ref readonly var t in tokens[..end])
            if (t.Kind != TokenKind.Text) numbers.Add(t);
        run.Tokens = numbers;
        return run;
    }

    [GeneratedRegex(@"[一二三四五六][、.．]\s*(?:总体情况|(?:行政机关)?主动公开政府信息(?:情况)?|(?:行政机关)?收到和处理政府信息公开申请(?:情况)?|政府信息公开行政复议[、和及]?(?:行政诉讼)?(?:情况)?|(?:政府信息公开工作)?存在的?主要问题(?:及改进情况)?|其他需要报告的事项)")]
    private static partial Regex SectionStartRx();

    /// <summary>
    /// A report on one line (web archives that strip a page's markup) gets each section heading on a line of its own,
    /// so that each table is read apart from its neighbours and the prose.
    /// </summary>
    private static ReadOnlyMemory<char> SplitLongLines(ReadOnlyMemory<char> memory)
    {
        // The line ends found by a search many characters at a step, not a test a character (0.45 % of a warm reading).
        var rest = memory.Span;
        var longLine = false;
        while (!longLine)
        {
            var end = rest.IndexOf('\n');
            longLine = (end < 0 ? rest.Length : end) > 600;
            if (end < 0) break;
            rest = rest[(end + 1)..];
        }
        return longLine ? SectionStartRx().Replace(memory.ToString(), "\n$0\n").AsMemory() : memory;
    }

    private static ReportLayout ChooseLayout(DocumentMap doc, int? year, ImmutableArray<Finding>.Builder findings)
    {
        var from = doc.Heading[2] >= 0 ? doc.LineStartOffset(doc.Heading[2]) : 0;
        var to = doc.Heading[4] >= 0 ? doc.LineStartOffset(doc.Heading[4]) : doc.Compact.Length;
        var tables = doc.Compact.Slice(from, Math.Max(0, to - from)); // a span: no copy of the tables' text
        int s2019 = Score(TemplateId.V2019, tables), s2021 = Score(TemplateId.V2021, tables);
        TemplateId template;
        if (s2019 != s2021) template = s2019 > s2021 ? TemplateId.V2019 : TemplateId.V2021;
        else
        {
            template = year is int y ? TemplateIds.ForYear(y) : TemplateId.V2019;
            findings.Add(RuleCatalogue.TemplateGuessed.Make("format", null, null, ("actual", template.Code())));
        }
        // A 2021 report that prints 三（六）其他处理 as one row (no sub-rows): keep it as `other`.
        var collapsed = template == TemplateId.V2021 && !tables.Contains("逾期不补正", StringComparison.Ordinal)
            && !tables.Contains("逾期未按收费", StringComparison.Ordinal) && !tables.Contains("3.其他", StringComparison.Ordinal);
        return TemplateCatalog.Get(template, collapsed);
    }

    private static int Score(TemplateId id, ReadOnlySpan<char> tables)
    {
        var score = 0;
        foreach (var signal in TemplateCatalog.Get(id).Signals)
            if (tables.Contains(signal, StringComparison.Ordinal)) score++;
        return score;
    }

    /// <summary>Year and agency from the title; the lines where the title starts and ends (a title often wraps).</summary>
    private static (int? Year, string? Agency, int TitleLine, int TitleEnd) ReadTitle(DocumentMap doc)
    {
        // The first 3,000 characters of the compact text (a span of the map's buffer), matched in place: the title's
        // first match there, without a Match; its year group (?<y>…) is always the match's first four characters.
        var head = doc.Compact;
        var headLength = Math.Min(head.Length, 3000);
        int index = -1, length = 0;
        foreach (var found in TitleRx().EnumerateMatches(head[..headLength])) { (index, length) = (found.Index, found.Length); break; }
        if (index < 0) return (null, null, -1, -1);
        var end = doc.LineOf(index + length - 1);
        var year = int.Parse(head.Slice(index, 4), CultureInfo.InvariantCulture);
        var line = doc.LineOf(index);
        var agency = head[doc.LineStartOffset(line)..index].TrimStart("#*").ToString(); // a Markdown heading's marks
        // Web archives write the page's fields as "标题：三明市2024年…": the field's name is not the agency's.
        agency = ArchiveFieldRx().Replace(agency, "");
        if (agency.Length == 0)
        {
            // "2020年度XX局政府信息公开工作年度报告", or the agency on the line above the year. The pattern is anchored
            // (^) at the title and a match of it is at most 58 characters long (4 + 年度 + 40 + 政府信息公开 + 工作 +
            // 年度 + 报告), so it is matched on a string of the next 64 (within the 3,000), with the same result.
            var yf = YearFirstTitleRx().Match(head[index..Math.Min(headLength, index + 64)].ToString());
            if (yf.Success && !yf.Groups["a"].Value.Contains('年')) agency = yf.Groups["a"].Value;
            else
                for (var l = line - 1; l >= 0 && line - l <= 3; l--)
                {
                    var prev = doc.Lines[l].Trim();
                    if (prev.Length == 0) continue;
                    if (prev.Length <= 40 && !prev.Contains('。')) agency = TextNormalizer.MatchKey(prev);
                    break;
                }
        }
        agency = agency.Trim('《', '》', '"', ' ', ':', '：', '—', '-', '#', '*');
        if (agency.EndsWith("关于", StringComparison.Ordinal)) agency = agency[..^2];
        return (year, agency.Length is >= 2 and <= 60 ? agency : null, line, end);
    }

    /// <summary>
    /// The first date by the title, else the last among the report's closing lines (the signature). A date by the
    /// title that is not after the report year cannot be its publication (an archive's header placeholder such as
    /// 发布时间：2019-01-01 above the 2019 report): it is not taken, with a finding, and the signature is looked for.
    /// </summary>
    private static DateOnly? ReadPublished(DocumentMap doc, int titleEnd, int? year, ICollection<Finding> findings)
    {
        var firstSection = Enumerable.Range(1, 6).Select(n => doc.Heading[n]).Where(h => h >= 0).DefaultIfEmpty(doc.Lines.Length).Min();
        for (var l = Math.Max(0, titleEnd + 1); l < Math.Min(firstSection, titleEnd + 10); l++)
        {
            if (ParseDate(doc.Lines[l]) is not { } d) continue;
            if (year is not int y || d.Year > y) return d;
            findings.Add(RuleCatalogue.PublishedImpossible.Make("published", null, null,
                ("printed", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("year", y)));
            break;
        }
        var seen = 0;
        for (var l = doc.Lines.Length - 1; l > firstSection && seen < 6; l--)
        {
            if (string.IsNullOrWhiteSpace(doc.Lines[l])) continue;
            seen++;
            if (ParseDate(doc.Lines[l]) is { } d) return d;
        }
        return null;
    }

    private static DateOnly? ParseDate(string line)
    {
        if (line.Contains('时', StringComparison.Ordinal) || line.Contains('期', StringComparison.Ordinal))
            if (LabelledDateRx().Match(line) is { Success: true } labelled) line = labelled.Groups["date"].Value;
        if (line.Length > 40) return null;
        var s = TextNormalizer.MatchKey(line);
        var m = DateRx().Match(s);
        if (m.Success)
            return Date(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        m = ChineseDateRx().Match(s);
        if (m.Success)
            return Date(ChineseDigits(m.Groups["y"].Value), ChineseNumber(m.Groups["m"].Value), ChineseNumber(m.Groups["d"].Value));
        return null;
    }

    private static DateOnly? Date(int y, int m, int d) =>
        y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private const string Digits = "〇一二三四五六七八九";

    private static int ChineseDigits(string s) => s.Aggregate(0, (acc, c) => acc * 10 + (c == '零' ? 0 : Digits.IndexOf(c)));

    /// <summary>一 … 三十一.</summary>
    private static int ChineseNumber(string s)
    {
        var i = s.IndexOf('十');
        if (i < 0) return Digits.IndexOf(s[0]);
        var tens = i == 0 ? 1 : Digits.IndexOf(s[0]);
        var ones = i == s.Length - 1 ? 0 : Digits.IndexOf(s[^1]);
        return tens * 10 + ones;
    }

    private static Narrative ReadNarrative(DocumentMap doc, int titleEnd)
    {
        int H(int n) => doc.Heading[n];
        var firstTable = new[] { H(2), H(3), H(4) }.Where(h => h >= 0).DefaultIfEmpty(doc.Lines.Length).Min();
        var preambleEnd = H(1) >= 0 ? H(1) : firstTable;
        return new Narrative(
            Preamble: doc.Text(titleEnd + 1, preambleEnd),
            Overview: H(1) >= 0 ? doc.Text(H(1) + 1, doc.SectionEnd(1)) : null,
            Problems: H(5) >= 0 ? doc.Text(H(5) + 1, doc.SectionEnd(5)) : null,
            Other: H(6) >= 0 ? doc.Text(H(6) + 1, doc.Lines.Length) : null);
    }
}
