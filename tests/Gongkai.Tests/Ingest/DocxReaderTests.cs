using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Security;
using System.Text;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Ingest.Docx;
using Gongkai.Render;
using Gongkai.Render.Document;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>DOCX as offices write it (merged group labels, cells of two paragraphs, headers and footers) and broken or hostile files.</summary>
public class DocxReaderTests
{
    private const string NotWord = "不是 Word 文档（ZIP 中没有 word/document.xml）";
    private const string Corrupt = "DOCX 文件已损坏或不完整";
    private const string Bomb = "DOCX 解压后过大（疑似压缩炸弹）";
    private const string BadXml = "DOCX 内容不是有效的 XML";

    private const string WNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static Report Sample(int seed = 7, TemplateId template = TemplateId.V2019) =>
        ReportTextLayout.Generate(seed, template, Damage.None, onlyRequired: true).Expected;

    private static ReadResult Read(byte[] bytes) => ReportReader.ReadBytes(bytes, "x.docx");

    private static void AssertSameCells(Report expected, ReadResult result)
    {
        var back = SameCells.Assert(expected, result);
        Assert.Equal(expected.Agency, back.Agency);
        Assert.Equal(expected.Year, back.Year);
        Assert.Equal(expected.Published, back.Published);
    }

    private static void AssertNoInternalError(ReadResult result, string what) =>
        Assert.False(result.Error?.StartsWith(ReportReader.InternalErrorPrefix, StringComparison.Ordinal) ?? false, $"{what}: {result.Error}");

    // ---- Building DOCX files by hand ----

    private static string Esc(string s) => SecurityElement.Escape(s);

    private static string DocumentXml(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WNs}" xmlns:r="{RNs}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>""";

    /// <summary>A Word package: content types, relationships, the document, a header, a footer and footnotes (which must not be read).</summary>
    private static byte[] Package(string documentXml, string mainPart = "word/document.xml")
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{mainPart}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
            ["_rels/.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPart}"/></Relationships>""",
            [mainPart] = documentXml,
            ["word/_rels/document.xml.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>""",
            ["word/header1.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{WNs}"><w:p><w:r><w:t>某某县人民政府办公室　2020年1月10日</w:t></w:r></w:p></w:hdr>""",
            ["word/footer1.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="{WNs}"><w:p><w:r><w:t>第 </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t> 页 共 9 页</w:t></w:r></w:p></w:ftr>""",
            ["word/footnotes.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{WNs}"><w:footnote w:id="1"><w:p><w:r><w:t>注：本表数据统计截止到2019年12月31日，共计 12 件。</w:t></w:r></w:p></w:footnote></w:footnotes>""",
        };
        return Zip(parts.Select(p => (p.Key, Encoding.UTF8.GetBytes(p.Value))));
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, level).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    private static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{Esc(text)}</w:t></w:r></w:p>";

    private static string Tc(string inner, string props = "") => $"<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>{props}</w:tcPr>{inner}</w:tc>";

    private static string Tr(params string[] cells) => $"<w:tr><w:trPr><w:trHeight w:val=\"400\"/></w:trPr>{string.Concat(cells)}</w:tr>";

    private static string Tbl(params string[] rows) =>
        $"<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders><w:top w:val=\"single\"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/></w:tblGrid>{string.Concat(rows)}</w:tbl>";

    private static string[] Lines(string body) => DocxText.Extract(Package(DocumentXml(body))).Split('\n');

    // ---- How offices write their tables ----

    [Fact]
    public void A_group_label_merged_down_eight_rows_is_read_once_in_its_first_row()
    {
        var reasons = new[] { "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项" };
        var rows = reasons.Select((reason, i) => Tr(
            i == 0 ? Tc(P("（三）不予") + P("公开"), "<w:vMerge w:val=\"restart\"/>") : Tc("<w:p/>", "<w:vMerge/>"),
            Tc(P(reason)),
            Tc(P((i * 3).ToString()))));
        var lines = Lines(Tbl([.. rows, Tr(Tc(P("四、结转下年度继续办理"), "<w:gridSpan w:val=\"2\"/>"), Tc(P("5")))]));
        Assert.Equal(
            [
                "（三）不予公开\t1.属于国家秘密\t0",
                "2.其他法律行政法规禁止公开\t3",
                "3.危及“三安全一稳定”\t6",
                "4.保护第三方合法权益\t9",
                "5.属于三类内部事务信息\t12",
                "6.属于四类过程性信息\t15",
                "7.属于行政执法案卷\t18",
                "8.属于行政查询事项\t21",
                "四、结转下年度继续办理\t5",
                "",
            ], lines);
    }

    [Fact]
    public void A_cell_of_two_paragraphs_joins_them_and_a_continue_merge_written_out_gives_nothing()
    {
        var lines = Lines(Tbl(
            Tr(Tc(P("（二）部分公开（区分处理的，") + P("只计这一情形，不计其他情形）"), "<w:vMerge w:val=\"restart\"/>"), Tc(P("1")), Tc(P("2"))),
            Tr(Tc("<w:p/>", "<w:vMerge w:val=\"continue\"/>"), Tc(P("3")), Tc(P("")))));
        Assert.Equal(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t2", "3\t", ""], lines);
    }

    [Fact]
    public void Runs_split_mid_word_tracked_changes_fields_and_content_controls_read_as_the_visible_text()
    {
        const string paragraph =
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>" +
            "<w:bookmarkStart w:id=\"0\" w:name=\"_Toc1\"/><w:r><w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr><w:t>二、主动</w:t></w:r>" +
            "<w:proofErr w:type=\"spellStart\"/><w:r><w:t>公开</w:t></w:r><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>政府</w:t></w:r></w:ins>" +
            "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删掉的字</w:delText></w:r></w:del>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD 名称 </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
            "<w:r><w:t>信息</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:hyperlink r:id=\"rId9\"><w:r><w:t>情况</w:t></w:r></w:hyperlink><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>";
        const string control = "<w:sdt><w:sdtPr><w:alias w:val=\"单位\"/><w:text/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>某某县</w:t></w:r><w:r><w:tab/><w:t>人民政府</w:t></w:r><w:r><w:br/><w:t>办公室</w:t></w:r></w:p></w:sdtContent></w:sdt>";
        var lines = Lines(paragraph + control);
        Assert.Equal(["二、主动公开政府信息情况", "某某县\t人民政府", "办公室", ""], lines);
    }

    [Fact]
    public void A_table_nested_in_a_cell_gives_its_rows_as_lines_after_the_outer_row()
    {
        var inner = Tbl(Tr(Tc(P("行政许可")), Tc(P("12")), Tc(P("3"))), Tr(Tc(P("行政处罚")), Tc(P("4")), Tc(P(""))));
        var lines = Lines(Tbl(Tr(Tc(P("第二十条第（五）项")), Tc(P("说明") + inner), Tc(P("x")))));
        Assert.Equal(["第二十条第（五）项\t说明\tx", "行政许可\t12\t3", "行政处罚\t4\t", ""], lines);
    }

    [Fact]
    public void A_one_column_frame_around_the_text_keeps_its_paragraphs_as_lines()
    {
        var lines = Lines(Tbl(Tr(Tc(P("一、总体情况") + P("本年度，我县…")))));
        Assert.Equal(["一、总体情况", "本年度，我县…", ""], lines);
    }

    [Fact]
    public void Text_boxes_are_read_once_though_word_writes_them_twice()
    {
        const string box =
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>某某县人民政府</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>" +
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>某某县人民政府</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>";
        Assert.Equal(["正文", "某某县人民政府", ""], Lines(box));
    }

    /// <summary>
    /// The report written the way a Word user's file looks: runs cut every few characters with their own formatting,
    /// proofing marks and bookmarks, labels as two paragraphs, continue-merges written as a bare &lt;w:vMerge/&gt;,
    /// a header, a footer and footnotes holding other numbers.
    /// </summary>
    private static string OfficeStyleBody(ReportDocument doc, Random rng)
    {
        var sb = new StringBuilder();
        string Runs(string text)
        {
            var r = new StringBuilder();
            for (var i = 0; i < text.Length;)
            {
                var n = Math.Min(text.Length - i, rng.Next(1, 6));
                if (char.IsHighSurrogate(text[i + n - 1]) && i + n < text.Length) n++;
                r.Append("<w:r w:rsidRPr=\"00A1B2C3\"><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hint=\"eastAsia\"/><w:sz w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">")
                    .Append(Esc(text.Substring(i, n))).Append("</w:t></w:r>");
                if (rng.Next(8) == 0) r.Append("<w:proofErr w:type=\"gramStart\"/>");
                i += n;
            }
            return r.ToString();
        }
        string Para(string text, string style) =>
            $"<w:p w:rsidR=\"00C4D5E6\"><w:pPr><w:pStyle w:val=\"{style}\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:pPr>{Runs(text)}</w:p>";

        sb.Append(Para(doc.Title, "Title"));
        var bookmark = 0;
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    sb.Append($"<w:p><w:pPr><w:pStyle w:val=\"1\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:bookmarkStart w:id=\"{bookmark}\" w:name=\"_Toc{bookmark}\"/>{Runs(h.Text)}<w:bookmarkEnd w:id=\"{bookmark++}\"/></w:p>");
                    break;
                case Paragraph p:
                    sb.Append(Para(p.Text, p.Style == ParagraphStyle.Signature ? "a5" : "a3"));
                    break;
                case Table t:
                    sb.Append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/><w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>");
                    for (var c = 0; c < t.ColumnCount; c++) sb.Append("<w:gridCol w:w=\"700\"/>");
                    sb.Append("</w:tblGrid>");
                    for (var r = 0; r < t.RowCount; r++)
                    {
                        sb.Append("<w:tr w:rsidR=\"00112233\"><w:trPr><w:jc w:val=\"center\"/></w:trPr>");
                        for (var c = 0; c < t.ColumnCount;)
                        {
                            var cell = t.At(r, c);
                            var props = new StringBuilder("<w:tcW w:w=\"700\" w:type=\"dxa\"/>");
                            if (cell.ColSpan > 1) props.Append($"<w:gridSpan w:val=\"{cell.ColSpan}\"/>");
                            if (cell.RowSpan > 1) props.Append(cell.Row == r ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
                            props.Append("<w:vAlign w:val=\"center\"/>");
                            string content;
                            if (cell.Row != r) content = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:p>";
                            else if (cell.Kind != CellKind.Number && cell.Text.Length >= 6)
                            {
                                var cut = rng.Next(2, cell.Text.Length - 2);
                                if (char.IsLowSurrogate(cell.Text[cut])) cut++;
                                content = Para(cell.Text[..cut], "a4") + Para(cell.Text[cut..], "a4");
                            }
                            else content = cell.Text.Length == 0 ? "<w:p/>" : Para(cell.Text, "a4");
                            sb.Append($"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>");
                            c = cell.Col + cell.ColSpan;
                        }
                        sb.Append("</w:tr>");
                    }
                    sb.Append("</w:tbl>");
                    break;
            }
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData(11, TemplateId.V2019)]
    [InlineData(12, TemplateId.V2021)]
    [InlineData(13, TemplateId.V2019)]
    [InlineData(14, TemplateId.V2021)]
    public void A_report_written_the_way_offices_write_docx_reads_cell_for_cell(int seed, TemplateId template)
    {
        var report = Sample(seed, template);
        var body = OfficeStyleBody(OfficialLayout.Build(report), new Random(seed));
        AssertSameCells(report, Read(Package(DocumentXml(body))));
    }

    [Fact]
    public void The_main_part_is_found_through_the_package_relationships()
    {
        var report = Sample();
        var body = OfficeStyleBody(OfficialLayout.Build(report), new Random(1));
        AssertSameCells(report, Read(Package(DocumentXml(body), mainPart: "word/document2.xml")));
    }

    // ---- Broken and hostile files: a clear error, never an exception ----

    private static byte[] Rendered() => ReportRenderer.Render(Sample(), RenderFormat.Docx);

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void A_truncated_docx_is_damaged(double keep)
    {
        var bytes = Rendered();
        var r = Read(bytes[..(int)(bytes.Length * keep)]);
        Assert.False(r.Ok);
        Assert.Equal(Corrupt, r.Error);
    }

    [Fact]
    public void A_zip_that_holds_no_word_document_is_named_so()
    {
        var xlsx = Zip([("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", "<workbook/>"u8.ToArray())]);
        var r = Read(xlsx);
        Assert.False(r.Ok);
        Assert.Equal(NotWord, r.Error);
    }

    private static byte[] BombDocx(long inflatedBytes)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            s.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{WNs}\"><w:body><w:p><w:r><w:t>"));
            var chunk = Encoding.ASCII.GetBytes(new string('0', 1 << 20));
            for (long n = 0; n < inflatedBytes; n += chunk.Length) s.Write(chunk);
            s.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>"));
        }
        return ms.ToArray();
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        var bomb = BombDocx(70L << 20);
        Assert.True(bomb.Length < 1 << 20, $"{bomb.Length} bytes");
        var clock = Stopwatch.StartNew();
        var r = Read(bomb);
        Assert.False(r.Ok);
        Assert.Equal(Bomb, r.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
    }

    [Fact]
    public void A_zip_bomb_that_lies_about_its_size_is_still_stopped()
    {
        // 70 MB of zeros declared as 10 MB (ratio 140, under every up-front limit): inflating stops at the declared
        // size (or, should an archive reader not stop, at the 64 MB count), and the cut-off XML is an error — or, the
        // zeros being text, the 4-million-character bound stops it first.
        var bomb = BombDocx(70L << 20);
        uint packed;
        using (var zip = new ZipArchive(new MemoryStream(bomb), ZipArchiveMode.Read)) packed = (uint)zip.Entries[0].CompressedLength;
        PatchSizes(bomb, "word/document.xml", packed, uncompressed: 10 << 20);
        var clock = Stopwatch.StartNew();
        var r = Read(bomb);
        Assert.False(r.Ok);
        Assert.Contains(r.Error, new[] { Bomb, BadXml, "DOCX 中的文字过多（超过 400 万字），不像年度报告" });
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
    }

    [Fact]
    public void An_entry_claiming_more_packed_bytes_than_the_file_holds_is_damaged()
    {
        var bytes = Rendered();
        uint size;
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read)) size = (uint)zip.GetEntry("word/document.xml")!.Length;
        PatchSizes(bytes, "word/document.xml", compressed: (uint)bytes.Length * 4, uncompressed: size);
        Assert.Equal(Corrupt, Read(bytes).Error);
    }

    /// <summary>Rewrites an entry's sizes in its local header and in the central directory.</summary>
    private static void PatchSizes(byte[] zip, string name, uint compressed, uint uncompressed)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var span = zip.AsSpan();
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var sig = BinaryPrimitives.ReadUInt32LittleEndian(span[i..]);
            if (sig == 0x04034b50 && span.Slice(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span[(i + 18)..], compressed);
                BinaryPrimitives.WriteUInt32LittleEndian(span[(i + 22)..], uncompressed);
            }
            else if (sig == 0x02014b50 && span.Slice(i + 46, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span[(i + 20)..], compressed);
                BinaryPrimitives.WriteUInt32LittleEndian(span[(i + 24)..], uncompressed);
            }
        }
    }

    [Theory]
    [InlineData("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r>")]
    [InlineData("<w:document><w:body></w:document>")]
    [InlineData("这不是 XML")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><w:document>&lol2;</w:document>")]
    public void Malformed_xml_is_named_so(string xml)
    {
        var r = Read(Package(xml));
        Assert.False(r.Ok);
        Assert.Equal(BadXml, r.Error);
    }

    [Fact]
    public void An_ole_signature_with_nothing_behind_it_is_a_damaged_doc_file()
    {
        // An OLE file is now read as a Word 97 document (DocTests); one whose header is all zeros holds no sectors.
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]];
        var r = Read(ole);
        Assert.False(r.Ok);
        Assert.Equal("DOC 文件已损坏或不完整", r.Error);
    }

    [Fact]
    public void A_docx_without_any_text_says_so()
    {
        var r = Read(Package(DocumentXml("<w:p/>")));
        Assert.False(r.Ok);
        Assert.Equal("文档中没有文字", r.Error);
    }

    [Fact]
    public void Tables_nested_thousands_deep_are_refused_without_exhausting_the_stack()
    {
        const int depth = 20_000;
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++) sb.Append("<w:tbl><w:tr><w:tc>");
        sb.Append(P("1"));
        for (var i = 0; i < depth; i++) sb.Append("</w:tc></w:tr></w:tbl>");
        var r = Read(Package(DocumentXml(sb.ToString())));
        Assert.False(r.Ok);
        Assert.Equal("DOCX 中的表格嵌套过深，无法读取", r.Error);
    }

    [Fact]
    public void A_zip_of_thousands_of_entries_is_refused_before_they_are_listed()
    {
        var entries = Enumerable.Range(0, 12_000).Select(i => ($"word/media/{i}.xml", Array.Empty<byte>())).Prepend(("word/document.xml", Encoding.UTF8.GetBytes(DocumentXml(P("一、总体情况")))));
        var r = Read(Zip(entries, CompressionLevel.NoCompression));
        Assert.False(r.Ok);
        Assert.Equal("DOCX 中的文件条目过多，不是正常的 Word 文档", r.Error);
    }

    // ---- Fuzzing ----

    private static byte[] Mutate(byte[] source, Random rng)
    {
        var bytes = source.ToList();
        var edits = rng.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 8; e++)
        {
            switch (rng.Next(4))
            {
                case 0: // flip a few bytes
                    for (var k = rng.Next(1, 9); k > 0; k--) bytes[rng.Next(4, bytes.Count)] ^= (byte)(1 << rng.Next(8));
                    break;
                case 1: // truncate, keeping the ZIP signature
                    bytes = bytes.Take(rng.Next(4, bytes.Count)).ToList();
                    break;
                case 2: // duplicate a range
                {
                    var start = rng.Next(4, bytes.Count);
                    var length = Math.Min(rng.Next(1, 2048), bytes.Count - start);
                    bytes.InsertRange(rng.Next(4, bytes.Count), bytes.GetRange(start, length));
                    break;
                }
                default: // overwrite a range with random bytes
                {
                    var start = rng.Next(4, bytes.Count);
                    for (var k = start; k < Math.Min(bytes.Count, start + rng.Next(1, 64)); k++) bytes[k] = (byte)rng.Next(256);
                    break;
                }
            }
        }
        return [.. bytes];
    }

    [Fact]
    public void Three_hundred_mutated_docx_files_give_errors_or_reports_never_exceptions()
    {
        var valid = Rendered();
        var rng = new Random(20240601);
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 300; i++)
        {
            var input = Mutate(valid, rng);
            var clock = Stopwatch.StartNew();
            var r = Read(input);
            clock.Stop();
            if (clock.Elapsed > slowest) slowest = clock.Elapsed;
            AssertNoInternalError(r, $"mutation {i}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"mutation {i} took {clock.Elapsed}");
        }
    }

    /// <summary>Well-formed but strange tables: cells dropped, rows doubled, merges lost, spans absurd, texts swapped.</summary>
    private static string MutateStructure(string xml, Random rng)
    {
        for (var e = rng.Next(1, 5); e > 0; e--)
        {
            var kind = rng.Next(6);
            var pattern = kind switch
            {
                0 => "<w:tc>.*?</w:tc>",
                1 => "<w:tr .*?</w:tr>",
                2 => "<w:vMerge[^>]*/>",
                3 => "<w:gridSpan w:val=\"\\d+\"/>",
                4 => "<w:p [^>]*>.*?</w:p>",
                _ => "(?<=<w:t xml:space=\"preserve\">)[^<]*",
            };
            var matches = System.Text.RegularExpressions.Regex.Matches(xml, pattern);
            if (matches.Count == 0) continue;
            var m = matches[rng.Next(matches.Count)];
            var replacement = kind switch
            {
                0 or 2 or 4 => "",
                1 => m.Value + m.Value,
                3 => $"<w:gridSpan w:val=\"{rng.Next(-3, 100_000)}\"/>",
                _ => matches[rng.Next(matches.Count)].Value + rng.Next(1000),
            };
            xml = xml[..m.Index] + replacement + xml[(m.Index + m.Length)..];
        }
        return xml;
    }

    [Fact]
    public void Two_hundred_strangely_built_tables_give_errors_or_reports_never_exceptions()
    {
        var xml = DocumentXml(OfficeStyleBody(OfficialLayout.Build(Sample(21, TemplateId.V2021)), new Random(3)));
        var rng = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var mutated = MutateStructure(xml, rng);
            var clock = Stopwatch.StartNew();
            var r = Read(Package(mutated));
            AssertNoInternalError(r, $"structure mutation {i}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"structure mutation {i} took {clock.Elapsed}");
        }
    }

    [Fact]
    public void Two_hundred_mutated_document_xml_parts_give_errors_or_reports_never_exceptions()
    {
        // Mutating the stored XML (not the compressed bytes) reaches the XML and table reader, not just the inflater.
        var xml = Encoding.UTF8.GetBytes(DocumentXml(OfficeStyleBody(OfficialLayout.Build(Sample()), new Random(2))));
        var rng = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var mutated = Mutate(xml, rng);
            var clock = Stopwatch.StartNew();
            var r = Read(Zip([("word/document.xml", mutated)], CompressionLevel.NoCompression));
            AssertNoInternalError(r, $"xml mutation {i}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"xml mutation {i} took {clock.Elapsed}");
        }
    }
}
