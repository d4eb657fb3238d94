using System.Buffers.Binary;
using Gongkai.Core.Json;
using Gongkai.Ingest;
using Gongkai.Ingest.Doc;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// Word 97–2003 documents (.doc), as many agencies still publish their reports: the fixtures in tests/fixtures/doc are
/// real Word binary files written by LibreOffice (how: its README.md), from generated reports with blank cells and
/// from real published pages whose truth tests/fixtures/real holds.
/// </summary>
public class DocTests
{
    private static string Dir => Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "doc");

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(Dir, name));

    public static TheoryData<string> Generated() => [.. Directory.GetFiles(Dir, "generated-*.doc").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Pages() => [.. Directory.GetFiles(Dir, "page-*.doc").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Generated))]
    public void A_generated_report_saved_as_doc_reads_every_cell_as_printed_blank_cells_blank(string file)
    {
        var truth = ReportJson.Parse(File.ReadAllText(Path.Combine(Dir, Path.ChangeExtension(file, ".json"))));
        var read = ReportReader.ReadBytes(Fixture(file), file);
        Assert.True(read.Ok, read.Error);
        var report = Assert.Single(read.Reports);
        var tally = new ReadTally();
        tally.Add(file, truth, report);
        Assert.True(tally.Right == tally.Cells, $"{tally}\n{string.Join("\n", tally.Problems)}");
        Assert.True(truth.Sections.Sum(s => s.Cells.Count(v => v is null)) > 10, "the fixture has no blank cells to keep blank");
        Assert.Equal((truth.Format, truth.Year, truth.Agency, truth.Published), (report.Format, report.Year, report.Agency, report.Published));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_real_page_saved_as_doc_reads_every_cell_its_truth_gives(string file)
    {
        var score = RealCorpus.Score(file["page-".Length..^".doc".Length] + ".html", Path.Combine(Dir, file));
        Assert.Null(score.Error);
        Assert.Empty(score.Wrong);
        Assert.Equal(0, score.Null);
        Assert.True(score.Right > 100, $"only {score.Right} cells scored");
    }

    [Fact]
    public void The_doc_text_of_a_page_is_the_text_its_tables_and_paragraphs_give()
    {
        var text = DocText.Extract(Fixture("page-2019_福建_莆田市审计局.doc"));
        var lines = text.Split('\n');
        // Paragraphs as lines; a table row as its cells joined by tabs, an empty cell kept in its place.
        Assert.Contains("莆田市审计局2019年政府信息公开工作年度报告 ", lines);
        Assert.Contains("二、主动公开政府信息情况", lines);
        Assert.Contains("信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", lines);
        Assert.Contains("规章\t0\t0\t0", lines);
        Assert.DoesNotContain(lines, l => l.Contains("INCLUDEPICTURE", StringComparison.Ordinal)); // field codes left out
    }

    /// <summary>
    /// Word itself keeps runs of Latin text (a cell's number) as 8-bit pieces, and a file saved many times holds its
    /// pieces out of order; LibreOffice writes neither, so these files are written by hand (<see cref="WordBinaryBuilder"/>):
    /// a generated report's text, each table row a row of cells whose numbers are 8-bit pieces, the bytes in reverse order.
    /// </summary>
    [Theory]
    [InlineData(9200)]
    [InlineData(9201)]
    [InlineData(9202)]
    [InlineData(9203)]
    public void A_word_file_with_numbers_in_8_bit_pieces_stored_out_of_order_reads_every_cell(int seed)
    {
        var rng = ReportGenerator.Seeded(seed);
        var report = ReportTextLayout.WithBlankCells(ReportGenerator.Generate(rng), rng, 0.15);
        var text = System.Text.Encoding.UTF8.GetString(Gongkai.Render.ReportRenderer.Render(report, Gongkai.Render.RenderFormat.Text));
        var bytes = WordBinaryBuilder.FromPlainText(text);
        Assert.Equal(text, DocText.Extract(bytes));
        var read = ReportReader.ReadBytes(bytes, "word.doc");
        Assert.True(read.Ok, read.Error);
        var tally = new ReadTally();
        tally.Add($"seed {seed}", report, Assert.Single(read.Reports));
        Assert.True(tally.Right == tally.Cells, $"{tally}\n{string.Join("\n", tally.Problems)}");
    }

    [Fact]
    public void A_table_in_a_cell_gives_its_rows_after_the_row_holding_it_and_a_merged_cell_is_left_out_below()
    {
        // LibreOffice's DOCX of the same page gives the same lines through DocxText.
        Assert.Equal("标题\n外一\t\t外三\n内1\t内2\n内3\t\n合并\t5\t\n7\t8\n结尾\n", DocText.Extract(Fixture("nested-tables.doc")));
    }

    [Fact]
    public void Another_office_file_in_an_ole_container_is_named_as_not_word()
    {
        var read = ReportReader.ReadBytes(Fixture("not-word.xls"), "a.xls");
        Assert.False(read.Ok);
        Assert.Equal(DocText.NotWord, read.Error);
    }

    [Fact]
    public void A_password_protected_docx_says_it_is_encrypted()
    {
        // Office keeps an encrypted DOCX/XLSX as an OLE file holding EncryptionInfo and the EncryptedPackage stream.
        var bytes = WordBinaryBuilder.Compound(("EncryptionInfo", new byte[200]), ("EncryptedPackage", new byte[5000]));
        Assert.Equal(DocText.EncryptedOoxml, ReportReader.ReadBytes(bytes, "x.docx").Error);
    }

    [Fact]
    public void A_doc_marked_encrypted_says_so()
    {
        var bytes = Fixture("generated-9100.doc");
        var fib = FibOffset(bytes);
        bytes[fib + 0x0B] |= 0x01; // fEncrypted: bit 8 of the little-endian flags word at 0x0A
        Assert.Equal(DocText.Encrypted, ReportReader.ReadBytes(bytes, "x.doc").Error);
    }

    [Fact]
    public void A_word_95_document_is_asked_to_be_saved_anew()
    {
        var bytes = Fixture("generated-9100.doc");
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(FibOffset(bytes) + 2), 0x0065); // nFib of Word 6/95
        Assert.Equal(DocText.TooOld, ReportReader.ReadBytes(bytes, "x.doc").Error);
    }

    [Fact]
    public void A_doc_declaring_more_text_than_a_report_holds_is_refused_not_read_in_part()
    {
        var bytes = Fixture("generated-9100.doc");
        // ccpText, the main text's length: the fourth 32-bit word after FibBase, csw and its words, and cslw.
        var fib = FibOffset(bytes);
        var csw = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(fib + 32));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(fib + 32 + 2 + 2 * csw + 2 + 12), Gongkai.Ingest.Docx.DocxText.MaxTextChars + 1);
        Assert.Equal(DocText.TooMuchText, ReportReader.ReadBytes(bytes, "x.doc").Error);
    }

    [Fact]
    public void A_sector_chain_that_loops_is_a_damaged_file_not_a_hang()
    {
        var bytes = Fixture("generated-9100.doc");
        var fatSector = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(0x4C));
        var directory = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(0x30));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((fatSector + 1) * 512 + 4 * directory), directory); // the directory's next sector: itself
        Assert.Equal(DocText.Corrupt, ReportReader.ReadBytes(bytes, "x.doc").Error);
    }

    [Fact]
    public void Every_cut_of_a_doc_is_refused_in_chinese_or_read_never_an_internal_error()
    {
        var whole = Fixture("generated-9104.doc");
        var refused = 0;
        for (var length = 8; length < whole.Length; length += 509) // every sector boundary region, stepping off alignment
        {
            var read = ReportReader.ReadBytes(whole.AsSpan(0, length), "cut.doc");
            if (read.Ok) continue;
            refused++;
            Assert.False(read.Error!.StartsWith(ReportReader.InternalErrorPrefix, StringComparison.Ordinal), $"{length} bytes: {read.Error}");
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", read.Error);
        }
        Assert.True(refused > 50, $"only {refused} cuts refused");
    }

    [Fact]
    public void Random_damage_to_a_doc_never_escapes_as_an_internal_error()
    {
        var whole = Fixture("generated-9105.doc");
        var rng = new Random(18);
        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])whole.Clone();
            for (var k = rng.Next(1, 9); k > 0; k--)
            {
                // Aim most damage at the structures: the header, the FIB, and anywhere else.
                var at = rng.Next(4) switch { 0 => rng.Next(512), 1 => FibOffset(whole) + rng.Next(0x200), _ => rng.Next(bytes.Length) };
                bytes[at] = (byte)rng.Next(256);
            }
            var read = ReportReader.ReadBytes(bytes, "damaged.doc");
            Assert.False(!read.Ok && read.Error!.StartsWith(ReportReader.InternalErrorPrefix, StringComparison.Ordinal), $"round {round}: {read.Error}");
        }
    }

    /// <summary>Where the WordDocument stream (which opens with the FIB's 0xA5EC) starts in the file: at a sector of its own.</summary>
    private static int FibOffset(byte[] file)
    {
        for (var at = 512; at + 4 <= file.Length; at += 512)
            if (BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at)) == 0xA5EC && BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at + 2)) >= 0xC1)
                return at;
        throw new InvalidOperationException("no FIB in the fixture");
    }
}
