using System.Diagnostics;
using Gongkai.Core.Json;
using Gongkai.Ingest;

namespace Gongkai.Tests.Cli;

/// <summary>
/// Hostile command-line inputs (issue 17, item 6): folder links that loop, devices, named pipes and an endless
/// standard input are refused or bounded, and nothing in the CSV a spreadsheet opens is a formula (item 5).
/// </summary>
public sealed class InputSafetyTests
{
    private static string[] Agencies(CliResult run) => [.. run.Json.Select(j => j.GetProperty("agency").GetString()!)];

    [Fact]
    public void A_folder_link_to_its_parent_does_not_repeat_a_report()
    {
        using var dir = new TempDir();
        dir.Reports("reports/a.jsonl", CliReports.Clean("甲区人民政府"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "reports", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "reports", "b.jsonl"), Path.Combine(dir.Path, "reports", "a.jsonl"));

        Assert.Equal(["甲区人民政府", "甲区人民政府"], Agencies(CliHarness.Run("extract", Path.Combine(dir.Path, "reports"))));
        Assert.Equal(["甲区人民政府", "甲区人民政府"], Agencies(CliHarness.Run("extract", Path.Combine(dir.Path, "reports") + "/**")));
        Assert.Equal(["甲区人民政府", "甲区人民政府"], Agencies(CliHarness.Run("extract", Path.Combine(dir.Path, "**", "*.jsonl"))));
    }

    [Fact]
    public void A_device_is_refused_without_reading_it()
    {
        var run = CliHarness.Run("check", "/dev/zero", "/dev/urandom");
        Assert.Equal(2, run.Code);
        Assert.Contains("/dev/zero: 不是普通文件", run.Err);
        Assert.Contains("/dev/urandom: 不是普通文件", run.Err);
    }

    [Fact]
    public async Task A_named_pipe_without_a_writer_is_refused_instead_of_waited_for()
    {
        using var dir = new TempDir();
        var fifo = Path.Combine(dir.Path, "pipe");
        using (var mk = Process.Start("mkfifo", [fifo])) await mk.WaitForExitAsync();
        var run = Task.Run(() => CliHarness.Run("check", fifo));
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run, "gongkai waited for the pipe's writer");
        var result = await run;
        Assert.Equal(2, result.Code);
        Assert.Contains("不是普通文件", result.Err);
    }

    [Fact]
    public void A_stream_longer_than_the_bound_is_refused_once_the_bound_is_passed()
    {
        var endless = new EndlessStream();
        var (bytes, error) = InputFiles.ReadBounded(endless, 1024 * 1024);
        Assert.Null(bytes);
        Assert.Contains("文件过大", error);
        Assert.InRange(endless.Served, 1024 * 1024 + 1, 2 * 1024 * 1024 + 81920);
    }

    [Fact]
    public async Task Standard_input_beyond_the_bound_is_refused_by_the_real_program()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(SharedFiles.RepoRoot, "src", "Gongkai.Cli", "bin", configuration, "net10.0", "gongkai.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "check", "/dev/stdin" }) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        var chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)'a');
        try
        {
            // 80 MB through a pipe, more than ReportReader.MaxBytes (64 MB): the program stops reading and says why.
            for (var i = 0; i < 80; i++) await p.StandardInput.BaseStream.WriteAsync(chunk);
            p.StandardInput.Close();
        }
        catch (IOException) { } // the program may have closed its end already
        Assert.True(p.WaitForExit(120_000), "gongkai did not finish");
        Assert.Equal(2, p.ExitCode);
        Assert.Contains("/dev/stdin: 文件过大", await err);
    }

    [Fact]
    public void Export_to_csv_never_writes_a_formula_and_keeps_negative_numbers_numbers()
    {
        using var dir = new TempDir();
        var file = dir.Reports("r.jsonl", CliReports.Clean("=cmd|'/Ccalc'!A0"));
        var run = CliHarness.Run("export", file, "--to", "csv");
        Assert.Equal(0, run.Code);
        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(",\"'=cmd|'/Ccalc'!A0\",", r));
        Assert.DoesNotContain(",=cmd", run.Out);
    }

    [Fact]
    public void Check_csv_never_writes_a_formula()
    {
        using var dir = new TempDir();
        var file = dir.Reports("r.jsonl", CliReports.Unbalanced() with { Source = "=HYPERLINK(\"http://evil\",\"x\")" });
        var run = CliHarness.Run("check", file, "--format", "csv");
        Assert.Equal(1, run.Code);
        foreach (var row in run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
            Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",", row);
    }

    /// <summary>Bytes forever, counting how many were asked for.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            Served += count;
            return count;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
