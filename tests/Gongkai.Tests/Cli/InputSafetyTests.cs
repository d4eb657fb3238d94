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

    [Theory]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(1024 * 1024 - 1)]
    [InlineData(1024 * 1024)]
    [InlineData(3 * 1024 * 1024 + 5)]
    public void A_file_read_into_a_pooled_buffer_gives_exactly_its_bytes_and_only_a_small_one_is_pooled(int size)
    {
        using var dir = new TempDir();
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = dir.File("f.bin", bytes);

        var (read, length, rented, error) = InputFiles.Read(path, 64L * 1024 * 1024, System.Buffers.ArrayPool<byte>.Shared);

        Assert.Null(error);
        Assert.Equal(size, length);
        Assert.Equal(bytes, read.AsSpan(0, length).ToArray());
        // Pooled arrays may be longer than the file; larger files keep the bounded reader's exact array.
        Assert.Equal(size < 1024 * 1024, rented);
        if (!rented) Assert.Equal(size, read!.Length);
        else System.Buffers.ArrayPool<byte>.Shared.Return(read!);
    }

    [Fact]
    public void A_link_to_a_small_file_is_read_into_a_pooled_array_as_the_file_itself()
    {
        using var dir = new TempDir();
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i * 11 + 1)).ToArray();
        var target = dir.File("report.txt", bytes);
        var link = Path.Combine(dir.Path, "link.txt");
        File.CreateSymbolicLink(link, target);

        var (read, length, rented, error) = InputFiles.Read(link, 64L * 1024 * 1024, System.Buffers.ArrayPool<byte>.Shared);

        Assert.Null(error);
        Assert.Equal(bytes, read.AsSpan(0, length).ToArray());
        // The target's length, not the link's own (its target's name): read once into a pooled array, not as a file
        // that grew past the length taken, through a new 1 MB chunk.
        Assert.True(rented);
        System.Buffers.ArrayPool<byte>.Shared.Return(read!);
        Assert.Equal(InputFiles.FileKind.Regular, InputFiles.KindOf(link));
        File.Delete(target);
        Assert.Equal("文件不存在", InputFiles.Read(link, 64L * 1024 * 1024, System.Buffers.ArrayPool<byte>.Shared).Error);
    }

    [Fact]
    public void A_pooled_read_still_refuses_a_file_over_the_bound_and_reads_a_proc_file_that_claims_no_length()
    {
        using var dir = new TempDir();
        var path = dir.File("big.txt", new byte[5000]);
        var (tooBig, _, rented, error) = InputFiles.Read(path, 4999, System.Buffers.ArrayPool<byte>.Shared);
        Assert.Null(tooBig);
        Assert.False(rented);
        Assert.Contains("文件过大", error);

        // /proc files claim a length of 0: read by the bounded reader, never into a buffer of the claimed size.
        var (status, length, procRented, procError) = InputFiles.Read("/proc/self/status", 1024 * 1024, System.Buffers.ArrayPool<byte>.Shared);
        Assert.Null(procError);
        Assert.False(procRented);
        Assert.True(length > 100, $"{length} bytes of /proc/self/status");
        Assert.Contains("Name:", System.Text.Encoding.ASCII.GetString(status!, 0, length));
    }

    [Theory]
    [InlineData(4700, 4000, true)]   // grown after its length was taken
    [InlineData(4700, 4000, false)]
    [InlineData(3000, 4000, true)]   // shrunk
    [InlineData(3000, 4000, false)]
    [InlineData(4000, 4000, true)]
    [InlineData(4000, 4000, false)]
    [InlineData(2 * 1024 * 1024 + 7, 5000, true)] // grown past a chunk
    public void A_file_whose_length_changed_after_it_was_taken_is_read_as_it_is_now(int actual, int claimed, bool pooled)
    {
        var content = Enumerable.Range(0, actual).Select(i => (byte)(i * 7 + 3)).ToArray();
        var pool = pooled ? System.Buffers.ArrayPool<byte>.Shared : null;

        var (read, length, rented, error) = InputFiles.ReadKnownLength(new MemoryStream(content), claimed, 64L * 1024 * 1024, pool);

        Assert.Null(error);
        Assert.Equal(actual, length);
        Assert.Equal(content, read.AsSpan(0, length).ToArray());
        // Only a read that ended within the claimed length keeps the pool's array; otherwise the array is exact.
        Assert.Equal(pooled && actual <= claimed, rented);
        if (rented) System.Buffers.ArrayPool<byte>.Shared.Return(read!);
        else Assert.Equal(actual, read!.Length);
    }

    [Fact]
    public void A_file_grown_past_the_bound_after_its_length_was_taken_is_refused()
    {
        var (read, _, rented, error) = InputFiles.ReadKnownLength(new MemoryStream(new byte[6000]), 4000, 5000, System.Buffers.ArrayPool<byte>.Shared);
        Assert.Null(read);
        Assert.False(rented);
        Assert.Contains("文件过大", error);
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
