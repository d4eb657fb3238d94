using Gongkai.Cli.Inputs;
using Gongkai.Ingest;

namespace Gongkai.Tests.Cli;

/// <summary>
/// The batch machinery made leaner for speed (docs/benchmarks.md, second pass) still hands results back in input order,
/// surfaces a failure, and reads every byte of a file whatever its stated length.
/// </summary>
public sealed class BatchReadingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Results_come_back_in_input_order_however_long_each_item_takes(int workers)
    {
        var items = Enumerable.Range(0, 300).ToArray();
        var emitted = new List<int>();
        OrderedParallel.ForEach(items, i =>
        {
            if (i % 7 == 0) Thread.Sleep(i % 3); // later items finish before earlier ones
            return i * 2;
        }, emitted.Add, workers);
        Assert.Equal(items.Select(i => i * 2), emitted);
    }

    [Fact]
    public void A_failing_item_is_raised_on_the_caller_after_the_items_before_it()
    {
        var emitted = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() => OrderedParallel.ForEach(Enumerable.Range(0, 200).ToArray(),
            i => i == 50 ? throw new InvalidOperationException("item 50") : i, emitted.Add, 3));
        Assert.Equal("item 50", e.Message);
        Assert.Equal(Enumerable.Range(0, 50), emitted);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_700)]
    [InlineData(1024 * 1024 + 3)]
    public void A_file_is_read_to_its_last_byte(int length)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "f.txt");
        var content = Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray();
        File.WriteAllBytes(path, content);
        var (bytes, error) = InputFiles.Read(path, 64L * 1024 * 1024);
        Assert.Null(error);
        Assert.Equal(content, bytes);
    }

    [Fact]
    public void A_file_longer_than_its_stated_length_is_read_to_the_end()
    {
        // Files under /proc state a length of 0 and still have content.
        var (bytes, error) = InputFiles.Read("/proc/self/status", 64L * 1024 * 1024);
        Assert.Null(error);
        Assert.Contains("Name:", System.Text.Encoding.UTF8.GetString(bytes!));
    }
}
