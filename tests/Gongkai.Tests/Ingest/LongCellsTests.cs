using FsCheck;
using FsCheck.Xunit;
using Gongkai.Core.Json;
using Gongkai.Ingest.Text;
using Gongkai.Tests.Generation;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The resolver searches the readings of ambiguous rows in long cells when every cell fits (a whole number below 2^40,
/// unknown, or blank), else in decimal (<see cref="CellResolver.DecimalCellsOnly"/> forces the decimal search): the
/// arithmetic must say what the decimal arithmetic says, and a report must read the same either way.
/// </summary>
public class LongCellsTests
{
    private static long ToLong(decimal? cell) => CellResolver.ToLongCell(cell, out var v) ? v : throw new InvalidOperationException("does not fit");

    /// <summary>Random small sections: cells unknown, blank, or small counts (zeros often), identities over random cells.</summary>
    private static (decimal?[] Cells, CellResolver.Compiled[] Ids, bool[] NonNegative) Section(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(2, 13);
        var cells = new decimal?[n];
        for (var c = 0; c < n; c++)
            cells[c] = random.Next(10) switch
            {
                < 3 => null,
                3 => CellResolver.BlankMark,
                4 or 5 => 0m,
                6 => -random.Next(1, 6),
                _ => random.Next(1, 25),
            };
        var ids = new CellResolver.Compiled[random.Next(1, 5)];
        for (var i = 0; i < ids.Length; i++)
        {
            var members = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.Next(2, n + 1)).ToArray();
            var plus = random.Next(1, members.Length);
            ids[i] = new CellResolver.Compiled(members, [.. members.Select((_, k) => k < plus ? 1 : -1)]);
        }
        var nonNegative = Enumerable.Range(0, n).Select(_ => random.Next(4) > 0).ToArray();
        return (cells, ids, nonNegative);
    }

    [Property(MaxTest = 3000)]
    public void Propagation_in_longs_writes_the_cells_propagation_in_decimal_writes(int seed)
    {
        var (cells, ids, nonNegative) = Section(seed);
        var longs = cells.Select(ToLong).ToArray();
        List<int> writtenDecimal = [], writtenLong = [];
        var byDecimal = CellResolver.Propagate(cells, ids, nonNegative, writtenDecimal);
        var byLong = CellResolver.Propagate(longs, ids, nonNegative, writtenLong, out var tooLarge);
        Assert.False(tooLarge);
        Assert.Equal(byDecimal, byLong);
        Assert.Equal(writtenDecimal, writtenLong);
        // The same values (a zero's sign bit aside, which decimal negation may set and a long has not).
        Assert.Equal(cells, longs.Select(CellResolver.FromLongCell).ToArray());
        foreach (var id in ids)
        {
            Assert.Equal(CellResolver.StateOf(cells, id), CellResolver.StateOf(longs, id));
            Assert.Equal(CellResolver.Breaks(cells, id), CellResolver.Breaks(longs, id));
        }
    }

    [Fact]
    public void Only_whole_numbers_below_2_to_the_40_unknown_and_blank_cells_go_into_longs()
    {
        Assert.True(CellResolver.ToLongCell(null, out var unknown) && unknown == CellResolver.UnknownCell);
        Assert.True(CellResolver.ToLongCell(CellResolver.BlankMark, out var blank) && blank == CellResolver.BlankCell);
        Assert.True(CellResolver.ToLongCell(1_099_511_627_775m, out var largest) && largest == (1L << 40) - 1);
        Assert.True(CellResolver.ToLongCell(-42m, out var negative) && negative == -42);
        Assert.False(CellResolver.ToLongCell(1_099_511_627_776m, out _)); // 2^40
        Assert.False(CellResolver.ToLongCell(2.5m, out _));
        Assert.False(CellResolver.ToLongCell(5.0m, out _)); // a scale the long would lose
        Assert.Null(CellResolver.FromLongCell(CellResolver.UnknownCell));
        Assert.Equal(CellResolver.BlankMark, CellResolver.FromLongCell(CellResolver.BlankCell));
    }

    /// <summary>
    /// What a long cannot keep: decimal propagation solves a cell as −sum / coefficient, which is −0 for a sum of 0 over
    /// +1; as a long it is 0. The two are the same value, hash alike (a set of a cell's values holds one of them), and
    /// every writer of a cell writes "0" for both.
    /// </summary>
    [Fact]
    public void A_negative_zero_from_decimal_propagation_is_read_and_written_as_the_long_zero()
    {
        decimal known = 0m + 5m - 5m;
        var solved = -known / 1;
        Assert.True(decimal.IsNegative(solved)); // what the decimal search may hold
        Assert.Equal(0m, solved);
        Assert.Equal(0m.GetHashCode(), solved.GetHashCode());
        Assert.Contains(solved, new HashSet<decimal?> { 0m }); // a set of a cell's values holds one of them
        Assert.Equal("0", Gongkai.Core.Rules.Rule.Format(solved));
        Assert.Equal("0", solved.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", System.Text.Json.JsonSerializer.Serialize(solved));
        Assert.Equal(0m, CellResolver.FromLongCell(ToLong(solved)));
        Assert.False(decimal.IsNegative(CellResolver.FromLongCell(ToLong(solved))!.Value));
    }

    [Fact]
    public void A_solved_cell_reaching_2_to_the_40_stops_propagation_in_longs_before_it_is_written()
    {
        // cell 2 = cell 0 + cell 1: (2^40 − 1) × 2 does not fit the bound that keeps every sum from overflowing.
        var id = new CellResolver.Compiled([2, 0, 1], [1, -1, -1]);
        long[] longs = [(1L << 40) - 1, (1L << 40) - 1, CellResolver.UnknownCell];
        var written = new List<int>();
        CellResolver.Propagate(longs, [id], [true, true, true], written, out var tooLarge);
        Assert.True(tooLarge);
        Assert.Empty(written);
        Assert.Equal(CellResolver.UnknownCell, longs[2]);
        // The decimal search that then runs solves it.
        decimal?[] cells = [1_099_511_627_775m, 1_099_511_627_775m, null];
        CellResolver.Propagate(cells, [id], [true, true, true]);
        Assert.Equal(2_199_023_255_550m, cells[2]);
    }

    private static string ReadAs(DamagedInput input, bool decimalOnly)
    {
        var was = CellResolver.DecimalCellsOnly;
        CellResolver.DecimalCellsOnly = decimalOnly;
        try
        {
            var result = input.Read();
            return result.Error ?? string.Join("\n", result.Reports.Select(r => ReportJson.Serialize(r, includeNarrative: true)));
        }
        finally { CellResolver.DecimalCellsOnly = was; }
    }

    /// <summary>Every text damage kind (the rendered-PDF kinds need a renderer and pdftotext and read through the same resolver).</summary>
    public static readonly InputDamage[] TextKinds =
        [.. Enum.GetValues<InputDamage>().Where(k => k is not (InputDamage.PdfBlankCells or InputDamage.PdfDefaultModeText))];

    [Property(MaxTest = 300)]
    public void Any_damaged_text_reads_the_same_searched_in_longs_and_in_decimal(NonNegativeInt seed, PositiveInt kind)
    {
        var input = DamagedInputs.Make(TextKinds[kind.Get % TextKinds.Length], seed.Get);
        Assert.Equal(ReadAs(input, true), ReadAs(input, false));
    }

    /// <summary>
    /// Run-together digits and collapsed repeats, where the searches are (the exhaustive enumeration and the
    /// keeping-identities search, free rows combined): a fixed block reads the same both ways, and does take both the
    /// long and the decimal search, or the comparison would prove nothing.
    /// </summary>
    [Fact]
    public void Run_together_and_collapsed_reports_read_the_same_searched_in_longs_and_in_decimal()
    {
        CellResolver.SearchesInLongs = CellResolver.SearchesInDecimal = 0;
        CellResolver.FreeRowsCombinedInEnumeration = CellResolver.FreeRowsCombinedInSearch = 0;
        for (var seed = 4_200_000; seed < 4_200_200; seed++)
            foreach (var kind in (InputDamage[])[InputDamage.RunTogether, InputDamage.CollapsedRepeats])
            {
                var input = DamagedInputs.Make(kind, seed);
                Assert.Equal(ReadAs(input, true), ReadAs(input, false));
            }
        Assert.True(CellResolver.SearchesInLongs > 100, $"{CellResolver.SearchesInLongs} searches in longs");
        Assert.True(CellResolver.SearchesInDecimal > 100, $"{CellResolver.SearchesInDecimal} searches in decimal");
        Assert.True(CellResolver.FreeRowsCombinedInEnumeration > 0 && CellResolver.FreeRowsCombinedInSearch > 0, "both searches combined free rows");
    }
}
