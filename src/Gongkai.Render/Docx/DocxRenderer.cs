using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Render.Document;
using DocParagraph = Gongkai.Render.Document.Paragraph;
using DocTable = Gongkai.Render.Document.Table;
using DocTableCell = Gongkai.Render.Document.TableCell;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Render.Docx;

/// <summary>
/// The official report as a Word document (DocumentFormat.OpenXml): A4 portrait with the margins of GB/T 9704 党政机关公文格式,
/// title in 宋体 二号, headings in 黑体, body in 仿宋 三号 with a two-character first-line indent, the agency and date
/// right-aligned; tables in 宋体 五号 with borders, the grid's merged cells as w:gridSpan / w:vMerge and the header rows
/// repeated on each page (w:tblHeader). Each cell is one paragraph, so a reader gets back exactly the grid's text.
/// </summary>
public static class DocxRenderer
{
    // A4 and the GB/T 9704 margins (3.7 cm top, 3.5 cm bottom, 2.8 cm left, 2.6 cm right), in twentieths of a point.
    private const int PageWidth = 11906, PageHeight = 16838;
    private const int MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1588, MarginRight = 1474;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    private const string LatinFont = "Times New Roman";
    private const string SongTi = "宋体", FangSong = "仿宋", HeiTi = "黑体";

    // Style ids; the names are what Word shows in its style list.
    private const string TitleStyle = "ReportTitle", HeadingStyle = "ReportHeading", BodyStyle = "ReportBody",
        SignatureStyle = "ReportSignature", CentredStyle = "ReportCentred", FlushLeftStyle = "ReportFlushLeft", CellStyle = "ReportCell", HeaderCellStyle = "ReportHeaderCell",
        NumberCellStyle = "ReportNumberCell", FooterStyle = "ReportFooter", TableGridStyle = "ReportTableGrid";

    public static void Render(ReportDocument doc, Stream output)
    {
        // The packaging layer wants a seekable stream; build in memory, then copy to whatever the caller gave.
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            var body = new Body();
            body.Append(TextParagraph(doc.Title, TitleStyle));
            foreach (var block in doc.Blocks)
            {
                switch (block)
                {
                    case Heading h: body.Append(TextParagraph(h.Text, HeadingStyle)); break;
                    case DocParagraph p: body.Append(TextParagraph(p.Text, StyleId(p.Style))); break;
                    case MarkedParagraph m: body.Append(Marked(m)); break;
                    case DocTable t:
                        body.Append(Table(t));
                        // Word needs a paragraph between two tables or they merge into one; it also spaces the table off.
                        body.Append(new W.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = CellStyle } }));
                        break;
                }
            }
            body.Append(Section(main.GetIdOfPart(footer)));
            main.Document = new W.Document(body);
            word.PackageProperties.Title = Sanitize(doc.Title);
            word.PackageProperties.Language = "zh-CN";
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string StyleId(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Signature => SignatureStyle,
        ParagraphStyle.Centred => CentredStyle,
        ParagraphStyle.FlushLeft => FlushLeftStyle,
        _ => BodyStyle,
    };

    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin
        {
            Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight,
            Header = 851, Footer = 992, Gutter = 0,
        },
        new Columns { Space = "425" },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 });

    /// <summary>"— 1 —" centred at the foot of each page, as official documents number their pages.</summary>
    private static Footer PageNumberFooter() => new(
        new W.Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = FooterStyle } },
            new Run(new W.Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new W.Text("1"))) { Instruction = " PAGE " },
            new Run(new W.Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static W.Paragraph TextParagraph(string text, string style, JustificationValues? align = null)
    {
        var props = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (align is { } a) props.Justification = new Justification { Val = a };
        var p = new W.Paragraph(props);
        var clean = Sanitize(text);
        if (clean.Length > 0) p.Append(Run(clean));
        return p;
    }

    /// <summary>
    /// A paragraph of marked runs: insertions blue and underlined, deletions red and struck through, tags bold — as
    /// formatting, not as Word's tracked changes, so that the document reads the same in every viewer and prints as shown.
    /// </summary>
    private static W.Paragraph Marked(MarkedParagraph m)
    {
        var p = new W.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleId(m.Style) } });
        foreach (var r in m.Runs)
        {
            var clean = Sanitize(r.Text);
            if (clean.Length == 0) continue;
            var run = Run(clean);
            var props = r.Mark switch
            {
                RunMark.Inserted => new RunProperties(new Color { Val = InsertedColor }, new Underline { Val = UnderlineValues.Single }),
                RunMark.Deleted => new RunProperties(new Strike(), new Color { Val = DeletedColor }), // the schema puts strike before color
                RunMark.Tag => new RunProperties(new RunFonts { EastAsia = HeiTi }, new Bold(), new BoldComplexScript()),
                _ => null,
            };
            if (props is not null) run.PrependChild(props);
            p.Append(run);
        }
        return p;
    }

    private const string InsertedColor = "1A56A8", DeletedColor = "B3261E", ChangedFill = "FFF1B8", OneSideFill = "DCEBF7";

    /// <summary>One run; a tab or line break in the text becomes Word's own tab or break element.</summary>
    private static Run Run(string text)
    {
        var run = new Run();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\t' && text[i] != '\n') continue;
            if (i > start) run.Append(TextElement(text[start..i]));
            if (i < text.Length) run.Append(text[i] == '\t' ? new TabChar() : new Break());
            start = i + 1;
        }
        return run;
    }

    private static W.Text TextElement(string s)
    {
        var t = new W.Text(s);
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) t.Space = SpaceProcessingModeValues.Preserve;
        return t;
    }

    /// <summary>Drops what XML cannot hold (control characters, lone surrogates); a carriage return joins its line feed.</summary>
    private static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (c == '\r') continue;
            if (c is '\t' or '\n' || (c >= 0x20 && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))) sb.Append(c);
        }
        return sb.ToString();
    }

    private static W.Table Table(DocTable t)
    {
        var widths = ColumnTwips(t.ColumnWidths);
        var table = new W.Table(
            new TableProperties(
                new TableStyle { Val = TableGridStyle },
                new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        for (var r = 0; r < t.RowCount; r++)
        {
            // At least 0.65 cm high, as the template's rows are; a row whose labels wrap grows.
            var rowProps = new TableRowProperties(new CantSplit(), new TableRowHeight { Val = 369, HeightType = HeightRuleValues.AtLeast });
            if (r < t.HeaderRows) rowProps.Append(new TableHeader());
            var row = new TableRow(rowProps);
            // A row of headers stays on the page of the row below it: no heading alone at a page foot.
            var keepWithNext = r + 1 < t.RowCount && Enumerable.Range(0, t.ColumnCount).All(c => t.At(r, c).Kind == CellKind.Header);
            for (var c = 0; c < t.ColumnCount;)
            {
                var cell = t.At(r, c);
                var width = widths.Skip(cell.Col).Take(cell.ColSpan).Sum();
                row.Append(Cell(cell, continuesMerge: cell.Row != r, width, keepWithNext));
                c = cell.Col + cell.ColSpan;
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>Relative weights to whole twips summing exactly to the text width.</summary>
    private static int[] ColumnTwips(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var widths = new int[weights.Count];
        double acc = 0;
        var prev = 0;
        for (var i = 0; i < widths.Length; i++)
        {
            acc += weights[i];
            var edge = (int)Math.Round(acc / total * TextWidth);
            widths[i] = edge - prev;
            prev = edge;
        }
        return widths;
    }

    /// <summary>
    /// The cell at its grid position: the first row of a vertical merge restarts it and carries the text, the rows
    /// below continue it with an empty paragraph (Word requires one).
    /// </summary>
    private static W.TableCell Cell(DocTableCell cell, bool continuesMerge, int width, bool keepWithNext)
    {
        var props = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        if (cell.ColSpan > 1) props.GridSpan = new GridSpan { Val = cell.ColSpan };
        if (cell.RowSpan > 1) props.VerticalMerge = new VerticalMerge { Val = continuesMerge ? MergedCellValues.Continue : MergedCellValues.Restart };
        if (cell.Mark != CellMark.None)
            props.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = cell.Mark == CellMark.Changed ? ChangedFill : OneSideFill };
        var style = cell.Kind switch
        {
            CellKind.Header => HeaderCellStyle,
            CellKind.Number => NumberCellStyle,
            _ => CellStyle,
        };
        // The 勾稽关系 note reads as a sentence: left-aligned like a label, though it sits in the header.
        JustificationValues? align = cell.Kind == CellKind.Header && cell.RowSpan > 1 && cell.ColSpan > 1 ? JustificationValues.Left : null;
        var paragraph = continuesMerge
            ? new W.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } })
            : TextParagraph(cell.Text, style, align);
        if (keepWithNext) paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        return new W.TableCell(props, paragraph);
    }

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = FangSong, ComplexScript = LatinFont },
                    new Kern { Val = 2 },
                    new FontSize { Val = "32" },
                    new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new WidowControl { Val = false }))));

        styles.Append(StyleOf("Normal", "Normal", basedOn: null, isDefault: true,
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }),
            new StyleRunProperties()));

        styles.Append(StyleOf(TitleStyle, "报告标题", "Normal", false,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "240", After = "480", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(
                new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = SongTi, ComplexScript = LatinFont },
                new Bold(), new BoldComplexScript(),
                new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })));

        styles.Append(StyleOf(HeadingStyle, "报告章节标题", "Normal", false,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "120", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(
                new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = HeiTi, ComplexScript = LatinFont },
                new Bold(), new BoldComplexScript())));

        styles.Append(StyleOf(BodyStyle, "报告正文", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "640", FirstLineChars = 200 }),
            new StyleRunProperties()));

        styles.Append(StyleOf(SignatureStyle, "报告落款", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Right = "640", RightChars = 200 },
                new Justification { Val = JustificationValues.Right }),
            new StyleRunProperties()));

        styles.Append(StyleOf(CentredStyle, "居中文字", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties()));

        styles.Append(StyleOf(FlushLeftStyle, "顶格文字", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact }),
            new StyleRunProperties()));

        styles.Append(StyleOf(CellStyle, "表格文字", "Normal", false,
            new StyleParagraphProperties(
                new SnapToGrid { Val = false }, // single-spaced, not on the body's 28-point line grid
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(
                new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = SongTi, ComplexScript = LatinFont },
                new Kern { Val = 0 },
                new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));

        styles.Append(StyleOf(HeaderCellStyle, "表格表头", CellStyle, false,
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties()));

        styles.Append(StyleOf(NumberCellStyle, "表格数字", CellStyle, false,
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties()));

        styles.Append(StyleOf(FooterStyle, "页码", "Normal", false,
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(
                new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = SongTi, ComplexScript = LatinFont },
                new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));

        styles.Append(new Style(
            new StyleName { Val = "报告表格" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" })))
        { Type = StyleValues.Table, StyleId = TableGridStyle });
        return styles;
    }

    private static Style StyleOf(string id, string name, string? basedOn, bool isDefault,
        StyleParagraphProperties paragraph, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (!isDefault) style.Append(new NextParagraphStyle { Val = id == TitleStyle || id == HeadingStyle ? BodyStyle : id });
        style.Append(new PrimaryStyle());
        style.Append(paragraph);
        if (run.HasChildren) style.Append(run);
        return style;
    }
}
