using System.Diagnostics;
using System.Globalization;
using Gongkai.Core.Json;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Ingest;
using Gongkai.Render;
using Gongkai.Tests.Generation;

// bench/ocr/run.sh: make scans of generated reports, then read them with an OCR engine and count cells.
//   make DIR N [FIRST_SEED]   N scans DIR/scan-SEED.pdf with their truth DIR/scan-SEED.json
//   run DIR                   every scan read (GONGKAI_OCR_ENGINE picks the engine), cells right/null/wrong, s/page, peak memory
//   text PDF / grid PDF PAGE  what OCR made of one scan / the tables found on one page (for looking into a failure)
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length >= 3 && args[0] == "make")
{
    var dir = args[1];
    var n = int.Parse(args[2], CultureInfo.InvariantCulture);
    var first = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
    Directory.CreateDirectory(dir);
    for (var seed = first; seed < first + n; seed++)
    {
        var report = ReportGenerator.Generate(seed);
        var pdf = ReportRenderer.Render(report, RenderFormat.Pdf);
        var scan = ScanMaker.Scan(pdf, ReportGenerator.Seeded(seed));
        File.WriteAllBytes(Path.Combine(dir, $"scan-{seed:D4}.pdf"), scan);
        File.WriteAllText(Path.Combine(dir, $"scan-{seed:D4}.json"), ReportJson.Serialize(report) + "\n");
        Console.WriteLine($"scan-{seed:D4}.pdf  {report.Format.Code()}  {scan.Length / 1024} KB");
    }
    return 0;
}
if (args.Length >= 2 && args[0] == "text")
{
    var scan = Gongkai.Ingest.Ocr.ScanText.Extract(File.ReadAllBytes(args[1]));
    Console.Write(scan.Text);
    Console.Error.WriteLine($"{scan.Pages} pages, {scan.Elapsed.TotalSeconds:0.0} s, unread {scan.Unread.Count}: {string.Join("; ", scan.Unread)}");
    return 0;
}
if (args.Length >= 3 && args[0] == "grid")
{
    var path = Path.GetFullPath(args[1]);
    var page = int.Parse(args[2], CultureInfo.InvariantCulture);
    var image = Gongkai.Ingest.Ocr.PageRenderer.Render(path, page, 300, TimeSpan.FromMinutes(1));
    var threshold = image.OtsuThreshold();
    var ink = image.Binarise(threshold);
    var skew = Gongkai.Ingest.Ocr.GreyImage.Skew(ink, image.Width, image.Height);
    Console.WriteLine($"threshold {threshold} skew {skew:0.00}");
    image = image.Rotate(skew);
    ink = image.Binarise(threshold);
    foreach (var t in Gongkai.Ingest.Ocr.ScanGrid.Find(ink, image.Width, image.Height, image.Dpi))
        Console.WriteLine($"table {t.Box} rows {t.Table.Rows} cols {t.Table.Xs.Length - 1} cells {t.Table.Cells.Length}");
    return 0;
}
if (args.Length >= 2 && args[0] == "run")
{
    var files = Directory.GetFiles(args[1], "*.pdf").Order(StringComparer.Ordinal).ToList();
    int right = 0, nul = 0, wrong = 0, pages = 0, failed = 0;
    var clock = Stopwatch.StartNew();
    foreach (var file in files)
    {
        var truth = ReportJson.Parse(File.ReadAllText(Path.ChangeExtension(file, ".json")));
        var one = Stopwatch.StartNew();
        var result = ReportReader.ReadFile(file);
        var seconds = one.Elapsed.TotalSeconds;
        if (!result.Ok) { failed++; Console.WriteLine($"{Path.GetFileName(file)}  FAILED {result.Error}"); continue; }
        var report = result.Reports[0];
        var (r, u, w, wrongCells) = Compare(truth, report);
        right += r; nul += u; wrong += w;
        var p = report.Findings.FirstOrDefault(f => f.Rule == "read.ocr") is { } ocr ? (int)(ocr.Actual ?? 0) : 0;
        pages += p;
        Console.WriteLine($"{Path.GetFileName(file)}  {truth.Format.Code()}  pages {p}  {seconds:0.0} s  right {r}  null {u}  wrong {w}  {string.Join("; ", wrongCells.Take(40))}");
    }
    var total = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"files {files.Count}  failed {failed}  pages {pages}  cells right {right}  null {nul}  wrong {wrong}  " +
                      $"{total:0.0} s  {(pages > 0 ? total / pages : 0):0.00} s/page  peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    return 0;
}
Console.Error.WriteLine("usage: make DIR N [FIRST_SEED] | run DIR");
return 2;

static (int Right, int Null, int Wrong, List<string> WrongCells) Compare(Report truth, Report read)
{
    int right = 0, nul = 0, wrong = 0;
    var wrongCells = new List<string>();
    foreach (var section in truth.Sections)
    {
        var other = read.Section(section.Layout.Key);
        for (var i = 0; i < section.Cells.Length; i++)
        {
            var row = section.Layout.RowOfCell(i).Key;
            var field = section.Layout.FieldOfCell(i).Key;
            var j = other.Layout.CellIndex(row, field);
            var value = j >= 0 ? other.Cells[j] : null;
            if (value is null) { nul++; if (Environment.GetEnvironmentVariable("SHOW_NULLS") is not null) wrongCells.Add($"null {section.Layout.CellPath(i)}"); }
            else if (value == section.Cells[i]) right++;
            else { wrong++; wrongCells.Add($"{section.Layout.CellPath(i)} {section.Cells[i]}→{value}"); }
        }
    }
    return (right, nul, wrong, wrongCells);
}
