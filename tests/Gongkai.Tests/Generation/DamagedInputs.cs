using System.Diagnostics;
using System.Text;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Render;

namespace Gongkai.Tests.Generation;

/// <summary>Every form a report reaches a reader in, made from a generated report: the text damage of the seeds, the kinds met in real published reports, and documents.</summary>
public enum InputDamage
{
    /// <summary>A clean space-separated text.</summary>
    Clean,
    TabSeparated,
    WrappedLabels,
    StackedHeaders,
    SplitNumbers,
    PageBreaks,
    FullWidth,
    Units,
    PlusSigns,
    BlankLines,
    SpacedLabels,
    MissingCell,
    ExtraReviewCell,
    /// <summary>A web archive's text: cells run together (<see cref="Damage.RunTogether"/>).</summary>
    RunTogether,
    /// <summary>A PDF converter's Markdown (<see cref="Damage.Markdown"/>), blank cells included.</summary>
    Markdown,
    /// <summary>Text recognised from a scan (<see cref="Damage.Ocr"/>).</summary>
    Ocr,
    /// <summary>A web archive's page text, one cell a line, lines equal to the one before dropped (<see cref="Damage.CollapsedRepeats"/>).</summary>
    CollapsedRepeats,
    /// <summary>1–3 cells of 三 lost whether or not the identities can give them back.</summary>
    LostCellsUnchecked,
    /// <summary>Numbers split across lines whether or not the identities can join them one way.</summary>
    SplitNumbersUnchecked,
    /// <summary>The rendered PDF through pdftotext in its default (not -layout) mode: labels away from their numbers.</summary>
    PdfDefaultModeText,
    /// <summary>The report with blank cells, rendered to PDF and read back.</summary>
    PdfBlankCells,
    /// <summary>The report with blank cells, rendered to DOCX and read back.</summary>
    DocxBlankCells,
    /// <summary>The report with blank cells, rendered to HTML and read back.</summary>
    HtmlBlankCells,
    /// <summary>A Word-pasted page of a government site (<see cref="WordHtmlPage"/>), blank cells now and then.</summary>
    WordPastedHtml,
    /// <summary>Markdown whose tables are HTML, as MinerU writes it (<see cref="MarkdownHtmlTables"/>), blank cells now and then.</summary>
    MarkdownHtmlTables,
    /// <summary>Grid tables whose narrow columns wrap labels and numbers over lines, as pandoc's reStructuredText (<see cref="GridTablesText"/>).</summary>
    GridTables,
}

/// <summary>One damaged input: the report it was made from (blank cells printed blank) and how to read it.</summary>
public sealed record DamagedInput(InputDamage Kind, int Seed, Report Truth, string Description, Func<ReadResult> Read)
{
    public override string ToString() => $"{Kind}, seed {Seed}: {Description}";
}

public static class DamagedInputs
{
    public static DamagedInput Make(InputDamage kind, int seed)
    {
        switch (kind)
        {
            case InputDamage.PdfDefaultModeText:
            {
                var g = ReportTextLayout.Generate(seed);
                var text = PdfToTextDefaultMode(ReportRenderer.Render(g.Expected, RenderFormat.Pdf));
                return new(kind, seed, g.Expected, $"pdftotext of the rendered PDF ({g.Expected.Format.Code()})", () => ReportReader.ReadText(text, "x.txt"));
            }
            case InputDamage.PdfBlankCells or InputDamage.DocxBlankCells or InputDamage.HtmlBlankCells:
            {
                var rng = ReportGenerator.Seeded(seed);
                var report = ReportTextLayout.WithBlankCells(ReportGenerator.Generate(rng), rng, 0.1);
                var format = kind switch { InputDamage.PdfBlankCells => RenderFormat.Pdf, InputDamage.DocxBlankCells => RenderFormat.Docx, _ => RenderFormat.Html };
                var bytes = ReportRenderer.Render(report, format);
                return new(kind, seed, report, $"{format} of a {report.Format.Code()} report with blank cells", () => ReportReader.ReadBytes(bytes, "x"));
            }
            case InputDamage.WordPastedHtml:
            {
                var (report, rng) = SometimesBlank(seed);
                var bytes = WordHtmlPage.Render(report, rng, out var gbk);
                return new(kind, seed, report, $"Word-pasted page ({report.Format.Code()}, {(gbk ? "GB2312" : "UTF-8")})", () => ReportReader.ReadBytes(bytes, "x.html"));
            }
            case InputDamage.MarkdownHtmlTables:
                return Drawn(kind, seed, MarkdownHtmlTables.Render, "Markdown with HTML tables", "x.md");
            case InputDamage.GridTables:
                return Drawn(kind, seed, GridTablesText.Render, "grid tables", "x.rst");
            default:
            {
                var (require, only) = kind switch
                {
                    InputDamage.Clean => (Damage.None, true),
                    InputDamage.LostCellsUnchecked => (Damage.MissingCell | Damage.Unchecked, false),
                    InputDamage.SplitNumbersUnchecked => (Damage.SplitNumbers | Damage.Unchecked, false),
                    _ => (Enum.Parse<Damage>(kind.ToString()), false),
                };
                var g = ReportTextLayout.Generate(seed, require: require, onlyRequired: only);
                return new(kind, seed, g.Expected, g.ToString(), () => ReportReader.ReadText(g.Text, "x.txt"));
            }
        }
    }

    /// <summary>A generated report, with blank cells one time in two (published reports leave some), and its generator.</summary>
    private static (Report Report, Random Rng) SometimesBlank(int seed)
    {
        var rng = ReportGenerator.Seeded(seed);
        var report = ReportGenerator.Generate(rng);
        return (rng.NextDouble() < 0.5 ? ReportTextLayout.WithBlankCells(report, rng) : report, rng);
    }

    /// <summary>Such a report drawn as text by <paramref name="render"/>, read as a UTF-8 file named <paramref name="file"/>.</summary>
    private static DamagedInput Drawn(InputDamage kind, int seed, Func<Report, Random, string> render, string what, string file)
    {
        var (report, rng) = SometimesBlank(seed);
        var text = render(report, rng);
        return new(kind, seed, report, $"{what} ({report.Format.Code()})", () => ReportReader.ReadBytes(Encoding.UTF8.GetBytes(text), file));
    }

    /// <summary>pdftotext without -layout (poppler-utils, which CI installs): its default reading order.</summary>
    public static string PdfToTextDefaultMode(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-raw-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            psi.ArgumentList.Add(path);
            psi.ArgumentList.Add("-");
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("pdftotext did not start (poppler-utils not installed?)");
            var output = p.StandardOutput.ReadToEndAsync();
            p.StandardError.ReadToEnd();
            if (!p.WaitForExit(30_000)) { p.Kill(); throw new TimeoutException("pdftotext did not finish"); }
            if (p.ExitCode != 0) throw new InvalidOperationException($"pdftotext exited with {p.ExitCode}");
            return output.Result;
        }
        finally { File.Delete(path); }
    }
}

/// <summary>
/// How a reading compares with the report it was made from, cell by cell: right (blank cells read blank count as
/// right), null with a reading finding that names the cell or its row, or wrong. A null without such a finding is
/// unexplained; a wrong cell or an unexplained one is a failure of the reader.
/// </summary>
public sealed class ReadTally
{
    public int Right { get; private set; }
    public int Null { get; private set; }
    public int Wrong { get; private set; }
    public int Unexplained { get; private set; }
    public int Inputs { get; private set; }
    public int Refused { get; private set; }
    public List<string> Problems { get; } = [];

    public int Cells => Right + Null + Wrong;

    public void Add(DamagedInput input)
    {
        Inputs++;
        var result = input.Read();
        if (!result.Ok)
        {
            Refused++;
            Problems.Add($"{input}: refused: {result.Error}");
            return;
        }
        Add(input.ToString(), input.Truth, result.Reports.Single());
    }

    public void Add(string what, Report truth, Report read)
    {
        var problems = new List<string>();
        foreach (var want in truth.Sections)
        {
            var got = read.Section(want.Layout.Key);
            foreach (var row in want.Layout.Rows)
                foreach (var field in row.Fields)
                {
                    var value = want[row.Key, field.Key];
                    var at = got.Layout.CellIndex(row.Key, field.Key);
                    var seen = at < 0 ? null : got.Cells[at];
                    var path = $"{want.Layout.Key}.{row.Key}.{field.Key}";
                    if (seen == value) { Right++; continue; }
                    if (seen is not null)
                    {
                        Wrong++;
                        problems.Add($"{path}: printed {Show(value)}, read {Show(seen)}");
                        continue;
                    }
                    Null++;
                    var named = read.Findings.Any(f => f.Rule.StartsWith("read.", StringComparison.Ordinal)
                        && (f.Where == path || path.StartsWith(f.Where + ".", StringComparison.Ordinal) || f.Where == want.Layout.Key));
                    if (!named)
                    {
                        Unexplained++;
                        problems.Add($"{path}: printed {Show(value)}, read null with no reading finding naming it");
                    }
                }
        }
        if (problems.Count == 0) return;
        var reading = read.Findings.Where(f => f.Rule.StartsWith("read.", StringComparison.Ordinal)).Select(f => $"{f.Rule}@{f.Where}");
        Problems.Add($"{what}:\n    {string.Join("\n    ", problems.Take(8))}\n    reading findings: {string.Join(", ", reading)}");
    }

    private static string Show(decimal? v) => v is null ? "blank" : v.Value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() =>
        $"{Inputs} inputs, {Cells} cells: right {Right} ({Percent(Right)}), null {Null} ({Percent(Null)}), wrong {Wrong}" +
        (Unexplained > 0 ? $", unexplained null {Unexplained}" : "") + (Refused > 0 ? $", refused {Refused}" : "");

    private string Percent(int n) => Cells == 0 ? "–" : (100.0 * n / Cells).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
