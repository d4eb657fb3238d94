using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Ingest.Text;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The resolver's shortcut over decimal cells must say what the decimal code says: an identity asked only whether it
/// breaks, with a stop at the first unknown or blank cell. (A cell's text is Rule.Format's: RuleMessageTests.)
/// </summary>
public class CellArithmeticTests
{
    private static decimal Make(long mantissa, byte scale, bool negative) =>
        new((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32 & 0x7FFFFFFF), 0, negative, (byte)(scale % 29));

    /// <summary>Cells as the resolver holds them: unknown, the blank mark, small counts, decimals, numbers past 2^40.</summary>
    private static readonly decimal?[] Kinds = [null, CellResolver.BlankMark, 0m, 1m, 3m, 4m, 7m, -3m, 2.5m, 1.50m, 1099511627776m, -1099511627777m, 5.0m];

    [Property(MaxTest = 3000)]
    public void An_identity_breaks_exactly_when_its_full_state_says_it_breaks(int[] picks, PositiveInt plusSeed)
    {
        if (picks.Length == 0) return;
        var cells = picks.Select(p => Kinds[(p & int.MaxValue) % Kinds.Length]).ToArray();
        var ids = Enumerable.Range(0, cells.Length).ToArray();
        var plus = plusSeed.Get % (cells.Length + 1);
        var id = new CellResolver.Compiled(ids, [.. ids.Select(k => k < plus ? 1 : -1)]);
        Assert.Equal(CellResolver.StateOf(cells, id) == CellResolver.IdentityState.Breaks, CellResolver.Breaks(cells, id));
    }

    [Fact]
    public void Breaks_sees_a_wrong_sum_and_an_unknown_or_blank_cell_hides_it()
    {
        var id = new CellResolver.Compiled([0, 1, 2], [1, -1, -1]);
        Assert.False(CellResolver.Breaks([7m, 3m, 4m], id));
        Assert.True(CellResolver.Breaks([7m, 3m, 5m], id));
        Assert.True(CellResolver.Breaks([7.5m, 3m, 4m], id)); // the decimal sum
        Assert.False(CellResolver.Breaks([7.5m, 3m, 4.5m], id));
        Assert.False(CellResolver.Breaks([7m, null, 5m], id));
        Assert.False(CellResolver.Breaks([7m, CellResolver.BlankMark, 5m], id));
    }
}
