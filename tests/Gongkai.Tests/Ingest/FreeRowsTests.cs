using FsCheck;
using FsCheck.Xunit;
using Gongkai.Core.Json;
using Gongkai.Ingest;
using Gongkai.Ingest.Text;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The resolver combines the readings of rows no identity reads instead of enumerating them with the others
/// (<see cref="CellResolver.EnumerateEveryReading"/> keeps the enumeration): the report read, its cells and every
/// finding, must be the same either way — the same best readings, the same first reading, the same bound on the search.
/// </summary>
public class FreeRowsTests
{
    private static string ReadAs(DamagedInput input, bool enumerateEveryReading)
    {
        var was = CellResolver.EnumerateEveryReading;
        CellResolver.EnumerateEveryReading = enumerateEveryReading;
        try
        {
            var result = input.Read();
            return result.Error ?? string.Join("\n", result.Reports.Select(r => ReportJson.Serialize(r, includeNarrative: true)));
        }
        finally { CellResolver.EnumerateEveryReading = was; }
    }

    [Property(MaxTest = 200)]
    public void Combining_free_rows_reads_any_damaged_text_as_the_full_enumeration_does(NonNegativeInt seed, bool collapsed)
    {
        var input = DamagedInputs.Make(collapsed ? InputDamage.CollapsedRepeats : InputDamage.RunTogether, seed.Get);
        Assert.Equal(ReadAs(input, true), ReadAs(input, false));
    }

    /// <summary>
    /// Run-together digits, where most of the combining happens (section 二 binds few cells): a fixed block of seeds
    /// reads the same both ways, and the block does take both paths (the exhaustive enumeration, and the
    /// keeping-identities search over more than 5,000 combinations), or the comparison would prove nothing.
    /// </summary>
    [Fact]
    public void Run_together_reports_read_the_same_combined_and_enumerated_on_both_search_paths()
    {
        CellResolver.FreeRowsCombinedInEnumeration = CellResolver.FreeRowsCombinedInSearch = 0;
        for (var seed = 4_200_000; seed < 4_200_300; seed++)
        {
            var input = DamagedInputs.Make(InputDamage.RunTogether, seed);
            Assert.Equal(ReadAs(input, true), ReadAs(input, false));
        }
        Assert.True(CellResolver.FreeRowsCombinedInEnumeration > 0, "no resolve combined free rows in the enumeration");
        Assert.True(CellResolver.FreeRowsCombinedInSearch > 0, "no resolve combined free rows in the keeping-identities search");
    }
}
