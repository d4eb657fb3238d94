using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Core.Rules;
using Gongkai.Ingest.Text;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// The resolver's shortcuts over decimal cells must say what the decimal code says: a cell's text written from its
/// digits (findings' text), and an identity asked only whether it breaks, with a stop at the first unknown or blank cell.
/// </summary>
public class CellArithmeticTests
{
    private static decimal Make(long mantissa, byte scale, bool negative) =>
        new((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32 & 0x7FFFFFFF), 0, negative, (byte)(scale % 29));

    [Property(MaxTest = 2000)]
    public void A_cell_is_written_as_Rule_Format_writes_it(long mantissa, byte scale, bool negative)
    {
        var d = Make(Math.Abs(mantissa % (1L << 50)), (byte)(scale % 4 == 0 ? 0 : scale), negative);
        Assert.Equal(Rule.Format(d), CellResolver.FormatCell(d));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("-7")]
    [InlineData("1099511627776")] // 2^40
    [InlineData("123456789012345678")]
    [InlineData("2.50")]
    [InlineData("-0.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void Whole_numbers_decimals_and_the_extremes_are_written_as_Rule_Format_writes_them(string text)
    {
        var d = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Rule.Format(d), CellResolver.FormatCell(d));
    }

    [Fact]
    public void A_zero_with_its_sign_bit_set_and_an_unknown_cell_are_left_to_Rule_Format()
    {
        var negativeZero = new decimal(0, 0, 0, true, 0);
        Assert.Equal(Rule.Format(negativeZero), CellResolver.FormatCell(negativeZero));
        Assert.Equal(Rule.Format(null), CellResolver.FormatCell(null));
    }

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
