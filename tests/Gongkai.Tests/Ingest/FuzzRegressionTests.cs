using System.Diagnostics;
using FsCheck;
using FsCheck.Xunit;
using Gongkai.Ingest;
using Gongkai.Ingest.Ledger;
using Gongkai.Render;
using Gongkai.Render.Export;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// Every input bench/fuzz found bad (a crash, a hang past the bound, memory past the bound), kept minimised under
/// Fixtures/fuzz/&lt;format&gt;/, must now read as a report or as a clean error naming the file, in bounded time; and
/// small random mutations of valid rendered reports of each format never give anything else.
/// </summary>
public class FuzzRegressionTests
{
    /// <summary>A hang check, not a timing benchmark: the fuzzer's bound is 10 s per input on an idle machine.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static string FixturesDir => Path.Combine(SharedFiles.RepoRoot, "tests", "Gongkai.Tests", "Ingest", "Fixtures", "fuzz");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(FixturesDir))
            foreach (var f in Directory.GetFiles(FixturesDir, "*.bin", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(FixturesDir, f).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_fuzz_finding_reads_as_a_report_or_a_clean_error_within_the_bound(string fixture)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixturesDir, fixture));
        var format = fixture.Split('/')[0];
        var name = "fuzz-" + Path.GetFileName(fixture);
        var run = Task.Run(() => { if (format == "xlsx") ReadXlsx(bytes, name); else ReadReport(bytes, name); });
        try { await run.WaitAsync(Bound); }
        catch (TimeoutException) { Assert.Fail($"{fixture} was not read within {Bound.TotalSeconds:0} s"); }
    }

    private static void ReadReport(byte[] bytes, string name)
    {
        var r = ReportReader.ReadBytes(bytes, name);
        Assert.Equal(name, r.Source);
        if (r.Ok) Assert.NotEmpty(r.Reports);
        else Assert.DoesNotContain(ReportReader.InternalErrorPrefix, r.Error);
    }

    /// <summary>The ledger reader, then both imports of the sheet: a sheet, a result, or a <see cref="LedgerException"/> naming the file.</summary>
    private static void ReadXlsx(byte[] bytes, string name)
    {
        XlsxSheet sheet;
        try { sheet = XlsxSheetReader.Read(bytes, name); }
        catch (LedgerException e) { Assert.StartsWith(name, e.Message); return; }
        foreach (var year in new[] { 2020, 2023 })
        {
            try { LedgerImport.Read(sheet, year); }
            catch (LedgerException e) { Assert.StartsWith(name, e.Message); }
            try { ProactiveImport.Read(sheet, ProactiveImport.LayoutFor(year)); }
            catch (LedgerException e) { Assert.StartsWith(name, e.Message); }
        }
    }

    // ---- properties: small mutations of valid files -------------------------------------------------------------

    private static readonly Lazy<Dictionary<string, byte[]>> Valid = new(() =>
    {
        var report = ReportGenerator.Generate(17);
        return new Dictionary<string, byte[]>
        {
            ["text"] = ReportRenderer.Render(report, RenderFormat.Text),
            ["pdf"] = ReportRenderer.Render(report, RenderFormat.Pdf),
            ["docx"] = ReportRenderer.Render(report, RenderFormat.Docx),
            ["html"] = ReportRenderer.Render(report, RenderFormat.Html),
            ["xlsx"] = ProactiveSheetTemplate.Write(report.Proactive.Layout, report.Proactive),
            // Word 97 is not rendered here: a fixture LibreOffice wrote (tests/fixtures/doc).
            ["doc"] = File.ReadAllBytes(Path.Combine(SharedFiles.RepoRoot, "tests", "fixtures", "doc", "generated-9102.doc")),
        };
    });

    /// <summary>
    /// Bytes set at chosen places (past the first eight, so the format stays recognisable), then maybe a run cut out or
    /// a run copied elsewhere.
    /// </summary>
    private static byte[] Mutate(byte[] original, int[] positions, byte[] values, int cut, int length)
    {
        var b = new List<byte>(original);
        for (var i = 0; i < Math.Min(positions.Length, values.Length); i++)
            b[8 + (int)((uint)positions[i] % (uint)(b.Count - 8))] = values[i];
        var at = 8 + (int)((uint)cut % (uint)(b.Count - 8));
        var n = Math.Min(b.Count - at, 1 + (int)((uint)length % 4096));
        switch ((uint)cut % 3)
        {
            case 0: b.RemoveRange(at, n); break;
            case 1: b.InsertRange(8 + (int)((uint)length % (uint)(b.Count - 8)), b.GetRange(at, n)); break;
        }
        return [.. b];
    }

    private static bool ReadsCleanly(string format, int[] positions, byte[] values, int cut, int length)
    {
        var bytes = Mutate(Valid.Value[format], positions, values, cut, length);
        var name = $"mutant.{format}";
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => { if (format == "xlsx") ReadXlsx(bytes, name); else ReadReport(bytes, name); });
        Assert.True(run.Wait(Bound), $"{format} mutant not read within {Bound.TotalSeconds:0} s");
        run.GetAwaiter().GetResult();
        return clock.Elapsed < Bound;
    }

    [Property(MaxTest = 100)]
    public bool Small_mutations_of_a_text_report_give_a_report_or_a_clean_error(int[] positions, byte[] values, int cut, int length) =>
        ReadsCleanly("text", positions, values, cut, length);

    [Property(MaxTest = 60)]
    public bool Small_mutations_of_a_pdf_report_give_a_report_or_a_clean_error(int[] positions, byte[] values, int cut, int length) =>
        ReadsCleanly("pdf", positions, values, cut, length);

    [Property(MaxTest = 100)]
    public bool Small_mutations_of_a_docx_report_give_a_report_or_a_clean_error(int[] positions, byte[] values, int cut, int length) =>
        ReadsCleanly("docx", positions, values, cut, length);

    [Property(MaxTest = 100)]
    public bool Small_mutations_of_a_doc_report_give_a_report_or_a_clean_error(int[] positions, byte[] values, int cut, int length) =>
        ReadsCleanly("doc", positions, values, cut, length);

    [Property(MaxTest = 100)]
    public bool Small_mutations_of_an_html_report_give_a_report_or_a_clean_error(int[] positions, byte[] values, int cut, int length) =>
        ReadsCleanly("html", positions, values, cut, length);

    [Property(MaxTest = 100)]
    public bool Small_mutations_of_an_xlsx_sheet_give_a_sheet_or_a_clean_error(int[] positions, byte[] values, int cut, int length) =>
        ReadsCleanly("xlsx", positions, values, cut, length);
}
