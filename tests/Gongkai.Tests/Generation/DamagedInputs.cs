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
    /// <summary>A web page's text that lost its blank cells (<see cref="FlatHtmlText"/>, a fifth of the cells blank): rows print fewer numbers than columns, no mark where.</summary>
    LostBlanks,
    /// <summary>As <see cref="LostBlanks"/>, the tables' thousands also spaced apart ("91 754", <see cref="FlatHtmlText.SpaceThousands"/>).</summary>
    LostBlanksSpacedThousands,
    /// <summary>The report with blank cells as a Word 97 file (<see cref="WordBinaryBuilder"/>: numbers in 8-bit pieces, the pieces out of order), read back.</summary>
    DocBlankCells,
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
            case InputDamage.DocBlankCells:
            {
                var rng = ReportGenerator.Seeded(seed);
                var report = ReportTextLayout.WithBlankCells(ReportGenerator.Generate(rng), rng, 0.1);
                var bytes = WordBinaryBuilder.FromPlainText(Encoding.UTF8.GetString(ReportRenderer.Render(report, RenderFormat.Text)));
                return new(kind, seed, report, $"Word 97 file of a {report.Format.Code()} report with blank cells", () => ReportReader.ReadBytes(bytes, "x.doc"));
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
            case InputDamage.LostBlanks or InputDamage.LostBlanksSpacedThousands:
            {
                var (report, flat) = FlatHtmlText.Generate(seed);
                var spaced = kind == InputDamage.LostBlanksSpacedThousands;
                var bytes = Encoding.UTF8.GetBytes(spaced ? FlatHtmlText.SpaceThousands(flat) : flat);
                return new(kind, seed, report, $"web page text, blank cells lost{(spaced ? ", thousands spaced" : "")} ({report.Format.Code()})",
                    () => ReportReader.ReadBytes(bytes, "x.txt"));
            }
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
/// right), null with a reading finding that names the cell or its row, recovered, or wrong. A cell printed blank and
/// read as a number is recovered (the spec's blank or lost cell fixed by the identities) only when a
/// <c>read.cell-recovered</c> finding names it and the number is the one the identities force from what was printed
/// (<see cref="Forced"/>); any other number there is wrong. A null without such a finding is unexplained; a wrong cell
/// or an unexplained one is a failure of the reader.
/// </summary>
public sealed class ReadTally
{
    public int Right { get; private set; }
    public int Recovered { get; private set; }
    public int Null { get; private set; }
    public int Wrong { get; private set; }
    public int Unexplained { get; private set; }
    public int Inputs { get; private set; }
    public int Refused { get; private set; }
    public List<string> Problems { get; } = [];

    public int Cells => Right + Recovered + Null + Wrong;

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
            decimal?[]? forced = null;
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
                        if (value is null)
                        {
                            forced ??= Forced(truth.Layout, want);
                            var named = read.Findings.Any(f => f.Rule == "read.cell-recovered" && Names(f.Where, path, want.Layout.Key));
                            if (named && forced[want.Layout.CellIndex(row.Key, field.Key)] == seen) { Recovered++; continue; }
                            Wrong++;
                            problems.Add($"{path}: printed blank, read {Show(seen)}" + (named
                                ? $" (the identities force {Show(forced[want.Layout.CellIndex(row.Key, field.Key)])})"
                                : " with no read.cell-recovered finding naming it"));
                            continue;
                        }
                        Wrong++;
                        problems.Add($"{path}: printed {Show(value)}, read {Show(seen)}");
                        continue;
                    }
                    Null++;
                    if (!read.Findings.Any(f => f.Rule.StartsWith("read.", StringComparison.Ordinal) && Names(f.Where, path, want.Layout.Key)))
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

    /// <summary>A finding at <paramref name="where"/> names the cell at <paramref name="path"/>: the cell, its row or its section.</summary>
    private static bool Names(string where, string path, string section) =>
        where == path || where == section || path.StartsWith(where + ".", StringComparison.Ordinal);

    /// <summary>
    /// The values the section's identities force on its blank cells from its printed ones alone: an identity with one
    /// blank cell gives it the difference; one whose blank cells all stand on one side and whose printed cells already
    /// balance gives them 0 (they cannot be negative). Repeated until nothing more is fixed; a blank cell not fixed so is
    /// null. Each value is the one the cell held before it was left blank (that report kept every identity), so a reader
    /// that gives another number there is wrong.
    /// </summary>
    public static decimal?[] Forced(ReportLayout report, SectionData section)
    {
        var cells = section.Cells.ToArray();
        var ids = report.Identities.Where(i => i.Section == section.Layout).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var id in ids)
            {
                decimal balance = 0;
                var blank = new List<(int Cell, int Sign)>();
                foreach (var (cell, sign) in id.Left.Select(c => (c, 1)).Concat(id.Right.Select(c => (c, -1))))
                    if (cells[cell] is { } v) balance += sign * v;
                    else blank.Add((cell, sign));
                if (blank.Count == 1) { cells[blank[0].Cell] = -balance * blank[0].Sign; changed = true; }
                else if (blank.Count > 1 && balance == 0 && blank.All(b => b.Sign == blank[0].Sign)
                    && blank.All(b => section.Layout.FieldOfCell(b.Cell).Kind != FieldKind.Signed))
                {
                    foreach (var (cell, _) in blank) cells[cell] = 0;
                    changed = true;
                }
            }
        }
        return cells;
    }

    private static string Show(decimal? v) => v is null ? "blank" : v.Value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() =>
        $"{Inputs} inputs, {Cells} cells: right {Right} ({Percent(Right)}), " + (Recovered > 0 ? $"printed blank and recovered {Recovered} ({Percent(Recovered)}), " : "")
        + $"null {Null} ({Percent(Null)}), wrong {Wrong}"
        + (Unexplained > 0 ? $", unexplained null {Unexplained}" : "") + (Refused > 0 ? $", refused {Refused}" : "");

    private string Percent(int n) => Cells == 0 ? "–" : (100.0 * n / Cells).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
