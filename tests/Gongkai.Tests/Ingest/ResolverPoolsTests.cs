using Gongkai.Core.Json;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The resolver keeps per thread what a resolve builds (candidates, their lists, maps and cell arrays) and hands it out
/// again: a report read on a thread that has read many others must read exactly as on a fresh thread, whatever the
/// pools were left holding.
/// </summary>
public class ResolverPoolsTests
{
    private static string Read(DamagedInput input)
    {
        var result = input.Read();
        return result.Error ?? string.Join("\n", result.Reports.Select(r => ReportJson.Serialize(r, includeNarrative: true)));
    }

    [Fact]
    public void Every_damaged_text_reads_the_same_on_a_fresh_thread_and_after_hundreds_of_others_on_one_thread()
    {
        var inputs = (from seed in Enumerable.Range(4_300_000, 12)
                      from kind in LongCellsTests.TextKinds
                      select DamagedInputs.Make(kind, seed)).ToList();
        // One thread, in order: each text read after all those before it, its pools warm.
        var warm = inputs.Select(Read).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            string? fresh = null;
            var input = inputs[i];
            var thread = new Thread(() =>
            {
                try { fresh = Read(input); }
                catch (Exception e) { fresh = e.ToString(); } // an exception on this thread would end the test process
            });
            thread.Start();
            thread.Join();
            Assert.Equal(fresh, warm[i]);
        }
    }
}
