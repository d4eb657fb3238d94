using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Gongkai.Core.Layout;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Ingest.Text;

/// <summary>The tokens printed for one row (or, for section 四, the whole table), and the cells they stand for.</summary>
internal sealed class RowRun(int firstCell, int fieldCount, string where, string place)
{
    public int FirstCell { get; } = firstCell;
    public int FieldCount { get; } = fieldCount;
    public string Where { get; } = where;
    public string Place { get; } = place;
    /// <summary>Null when the row's label was not found.</summary>
    public List<Token>? Tokens { get; set; }
    /// <summary>The row's label came right before exactly its own numbers: nothing about its reading was inferred.</summary>
    public bool Exact { get; set; }
    /// <summary>The unit the column head gives money in when it is not 万元 ("采购总金额（元）"): numbers printed without one take it.</summary>
    public string? AmountUnit { get; set; }
    /// <summary>Why the row's numbers are not read as printed (they are left to the identities), said in its finding.</summary>
    public string? Doubt { get; set; }
}

/// <summary>Numbers the report's prose quotes for cells ("共受理申请74件"): a tie-breaker between splits of run-together digits.</summary>
internal sealed record ProseQuote(int Cell, decimal Value, string Quote);

/// <summary>
/// Turns printed tokens into cells. Where a row prints more tokens than cells (a number split over two lines, an extra
/// cell), fewer (a lost cell), or its cells' digits run together, every reading is enumerated and the format's own
/// identities (勾稽关系) choose: a value is kept only where all best readings agree; otherwise the cell is null, with a
/// finding naming the candidates. A cell printed blank stays null: it is not a lost cell to recover.
/// </summary>
internal static class CellResolver
{
    private const int MaxCandidatesPerRun = 4000;
    private const int MaxCombinations = 5000;
    /// <summary>Bound on the pruned search when the combinations are too many to try one by one.</summary>
    private const int MaxSearchNodes = 300_000;
    /// <summary>Bound on the reading enumeration of one run, so hostile input cannot make it explode.</summary>
    private const int MaxSteps = 200_000;

    /// <summary>
    /// Enumerate the rows no identity reads with the others instead of combining their readings (the same answer, slower):
    /// for the property test that compares the two, on its own thread.
    /// </summary>
    [ThreadStatic] internal static bool EnumerateEveryReading;

    /// <summary>Resolves on this thread that combined free rows, by the full enumeration and by the keeping-identities search (for the tests).</summary>
    [ThreadStatic] internal static int FreeRowsCombinedInEnumeration, FreeRowsCombinedInSearch;

    /// <summary>
    /// A cell printed blank, while readings are compared: unlike an unknown (null) cell the identities must not fill it,
    /// and an identity reading it cannot be checked. It becomes null in the result.
    /// </summary>
    internal const decimal BlankMark = decimal.MinValue;

    private static bool IsBlank(decimal? v) => v is decimal d && IsBlankValue(d);

    /// <summary>
    /// <see cref="BlankMark"/> by its bits: no other decimal equals it (its digits fill all 96 bits at scale 0), and the
    /// search compares every cell it reads; decimal equality was a tenth of a batch's reading time.
    /// </summary>
    private static bool IsBlankValue(decimal d)
    {
        ref var bits = ref Unsafe.As<decimal, ulong>(ref d);
        return bits == BlankBits.Lo && Unsafe.Add(ref bits, 1) == BlankBits.Hi;
    }

    private static readonly (ulong Lo, ulong Hi) BlankBits = BitsOf(BlankMark);

    private static (ulong, ulong) BitsOf(decimal d)
    {
        ref var bits = ref Unsafe.As<decimal, ulong>(ref d);
        return (bits, Unsafe.Add(ref bits, 1));
    }

    /// <summary><c>sum + coef × v</c> for a coefficient of ±1, without the decimal multiplication (the same value).</summary>
    private static decimal AddTerm(decimal sum, int coef, decimal v) => coef > 0 ? sum + v : sum - v;

    /// <summary>The bits of a decimal as the runtime lays them out (flags: scale and sign; the 96-bit integer).</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private readonly struct DecimalBits
    {
        public readonly int Flags;
        public readonly uint Hi;
        public readonly ulong Lo;
    }

    /// <summary>
    /// Whether <see cref="SmallInteger"/> may read a decimal's bits: checked once against known values, so a runtime
    /// that laid decimals out otherwise would only lose the fast path, never give another sum.
    /// </summary>
    private static readonly bool FastSums = ReadsAs(-5m, -5) && ReadsAs(7m, 7) && ReadsAs(0m, 0) && !SmallInteger(2.5m, out _) && !SmallInteger(BlankMark, out _)
        && !SmallInteger(1L << 40, out _) && ReadsAs((1L << 40) - 1, (1L << 40) - 1);

    private static bool ReadsAs(decimal d, long expected) => SmallInteger(d, out var v) && v == expected;

    /// <summary>
    /// A decimal that is a whole number printed without decimals (scale 0) below 2^40 in size (every count of up to 12
    /// digits), as a long: nearly every cell is one. Identities are summed over such cells in 64 bits, where 2^23 terms
    /// could not overflow (an identity reads at most a section's few hundred cells), and decide exactly as the decimal
    /// sum would; any other cell (decimals, the blank mark, a larger number) sends the identity to the decimal sum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SmallInteger(decimal d, out long value)
    {
        ref readonly var b = ref Unsafe.As<decimal, DecimalBits>(ref d);
        if ((b.Flags & 0x7FFFFFFF) == 0 && b.Hi == 0 && b.Lo < 1UL << 40)
        {
            value = b.Flags == 0 ? (long)b.Lo : -(long)b.Lo;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>What an identity says of the cells: a cell printed blank (it cannot be checked), a cell unknown, or complete and holding or not.</summary>
    internal enum IdentityState : byte { Holds, Breaks, Incomplete, Blank }

    /// <summary>What a cell is to an identity's sum.</summary>
    internal enum CellKind : byte { Small, Unknown, Blank, Other }

    // Cells in two types, one search: the search over the ambiguous rows' readings, the splits of run-together digits and
    // the identity arithmetic are written once, generic over the cell type, and the JIT compiles each for its struct (no
    // interface call, no boxing). DecimalCells: a cell is a decimal? (null unknown, BlankMark blank), any value.
    // LongCells: a cell is a long, for speed (a 24-byte decimal? was most of the search's memory traffic). Exact because a
    // section goes into longs only when every cell it starts from (the base cells, every candidate of an ambiguous row)
    // is unknown, the blank mark or a whole number at scale 0 below 2^40 in size (SmallInteger: every count of up to 12
    // digits), and a value propagation solves is kept only while it stays below 2^40 too (else the search is done again
    // in decimal). An identity reads fewer than 2^23 cells, so no sum of such cells can overflow 64 bits, and a sum, its
    // sign and a solved cell (−sum over a coefficient of ±1) are the decimal ones. The one thing the longs do not keep is
    // the sign bit of a zero (decimal negation gives −0): −0 and 0 are equal values, hash alike in a set of values, and
    // every writer of a cell (Rule.Format, ToString, System.Text.Json) writes both as "0", so the readings kept and
    // everything said of them are the same.

    /// <summary>The operations the search and the identity arithmetic need of a cell type, static so the JIT specialises them.</summary>
    internal interface ICells<T>
    {
        static abstract T Unknown { get; }
        /// <summary>The zero propagation writes for unknowns of one sign summing to zero (decimal: +0 at scale 0).</summary>
        static abstract T Zero { get; }
        static abstract bool IsUnknown(in T cell);
        /// <summary>
        /// A cell as a sum reads it: <see cref="CellKind.Small"/> (a whole number below 2^40 in size, as
        /// <paramref name="small"/>), unknown, blank, or another value (decimal cells only: the sum is then taken in decimal).
        /// </summary>
        static abstract CellKind Read(in T cell, out long small);
        /// <summary>The sign of the identity's known cells' sum in decimal (only asked when a cell read as <see cref="CellKind.Other"/>).</summary>
        static abstract int KnownSumSign(T[] cells, Compiled id, int offset);
        /// <summary>
        /// The identity's one unknown cell, <paramref name="last"/>, solved: −(known sum) / its coefficient, from
        /// <paramref name="known"/> (the 64-bit sum) or as the type computes it; false when it does not fit the type.
        /// </summary>
        static abstract bool Solve(T[] cells, Compiled id, int last, long known, out T value, out bool negative);
        /// <summary>A decimal cell in this type; false when it does not fit.</summary>
        static abstract bool From(in decimal? cell, out T value);
        static abstract decimal? ToDecimal(in T cell);
        /// <summary>The same cell to the bit: then the same value (unequal bits may still be equal values, 2.5 and 2.50, 0 and −0).</summary>
        static abstract bool SameBits(in T a, in T b);
        static abstract bool EqualValues(in T a, in T b);
        /// <summary>A part of split digits (at most 12 digits, so exact) in a field, money taking <paramref name="unit"/>.</summary>
        static abstract T FromDigits(ulong digits, FieldLayout field, string? unit);
        /// <summary>
        /// The first best reading's cells, kept (the caller's array is scratch) in the thread's spare arrays: in this type,
        /// and as decimals for what reads them (the same array for decimal cells).
        /// </summary>
        static abstract T[] KeepFirst(T[] cells, out decimal?[] asDecimals);
    }

    internal readonly struct DecimalCells : ICells<decimal?>
    {
        public static decimal? Unknown => null;
        public static decimal? Zero => 0m;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsUnknown(in decimal? cell) => !cell.HasValue;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static CellKind Read(in decimal? cell, out long small)
        {
            if (!cell.HasValue) { small = 0; return CellKind.Unknown; }
            var v = cell.GetValueOrDefault();
            if (FastSums && SmallInteger(v, out small)) return CellKind.Small;
            small = 0;
            return IsBlankValue(v) ? CellKind.Blank : CellKind.Other;
        }

        public static int KnownSumSign(decimal?[] cells, Compiled id, int offset) => Math.Sign(KnownSum(cells, id, offset));

        /// <summary>Always in decimal, as it was: −0 for a sum of 0 over +1 (see above).</summary>
        public static bool Solve(decimal?[] cells, Compiled id, int last, long known, out decimal? value, out bool negative)
        {
            var solved = -KnownSum(cells, id, 0) / id.Coef[last];
            value = solved;
            negative = solved < 0;
            return true;
        }

        public static bool From(in decimal? cell, out decimal? value)
        {
            value = cell;
            return true;
        }

        public static decimal? ToDecimal(in decimal? cell) => cell;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool SameBits(in decimal? a, in decimal? b)
        {
            if (a.HasValue != b.HasValue) return false;
            if (!a.HasValue) return true;
            var x = a.GetValueOrDefault();
            var y = b.GetValueOrDefault();
            ref var bx = ref Unsafe.As<decimal, ulong>(ref x);
            ref var by = ref Unsafe.As<decimal, ulong>(ref y);
            return bx == by && Unsafe.Add(ref bx, 1) == Unsafe.Add(ref by, 1);
        }

        public static bool EqualValues(in decimal? a, in decimal? b) => a == b;

        public static decimal? FromDigits(ulong digits, FieldLayout field, string? unit)
        {
            var value = (decimal)digits;
            return field.Kind == FieldKind.Amount ? InWan(value, unit) : value;
        }

        public static decimal?[] KeepFirst(decimal?[] cells, out decimal?[] asDecimals) => asDecimals = SpareCells.TakeCopy(cells);
    }

    internal readonly struct LongCells : ICells<long>
    {
        public static long Unknown => UnknownCell;
        public static long Zero => 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsUnknown(in long cell) => cell == UnknownCell;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static CellKind Read(in long cell, out long small)
        {
            small = cell;
            return cell > BlankCell ? CellKind.Small : cell == BlankCell ? CellKind.Blank : CellKind.Unknown;
        }

        public static int KnownSumSign(long[] cells, Compiled id, int offset) => throw new System.Diagnostics.UnreachableException("every known long cell is small");

        /// <summary>−known over a coefficient of +1 for the cells before Plus and −1 after; kept only below 2^40 in size.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Solve(long[] cells, Compiled id, int last, long known, out long value, out bool negative)
        {
            value = last < id.Plus ? -known : known;
            negative = value < 0;
            return value < LongCellLimit && value > -LongCellLimit;
        }

        public static bool From(in decimal? cell, out long value) => ToLongCell(cell, out value);
        public static decimal? ToDecimal(in long cell) => FromLongCell(cell);
        public static bool SameBits(in long a, in long b) => a == b;
        public static bool EqualValues(in long a, in long b) => a == b;
        /// <summary>Split in longs only when no number has a unit (<see cref="SplitsFitLongs"/>).</summary>
        public static long FromDigits(ulong digits, FieldLayout field, string? unit) => (long)digits;

        public static long[] KeepFirst(long[] cells, out decimal?[] asDecimals)
        {
            var kept = Spare<long>.Take(cells.Length, exact: true);
            cells.CopyTo(kept, 0);
            asDecimals = SpareCells.Take(cells.Length);
            for (var i = 0; i < cells.Length; i++) asDecimals[i] = FromLongCell(cells[i]);
            return kept;
        }
    }

    /// <summary>
    /// An identity over the cells: <see cref="IdentityState.Blank"/> when any cell is printed blank, else
    /// <see cref="IdentityState.Incomplete"/> when any is unknown, else whether it holds.
    /// </summary>
    /// <param name="offset">The cell that <paramref name="cells"/>[0] holds (a row's own cells).</param>
    internal static IdentityState StateOf<T, TCells>(T[] cells, Compiled id, int offset = 0) where TCells : ICells<T>
    {
        var ids = id.Cells;
        var plus = id.Plus;
        long sum = 0;
        bool unknown = false, slow = false;
        for (var k = 0; k < ids.Length; k++)
        {
            var kind = TCells.Read(in cells[ids[k] - offset], out var x);
            if (kind == CellKind.Small) sum += k < plus ? x : -x;
            else if (kind == CellKind.Unknown) unknown = true;
            else if (kind == CellKind.Blank) return IdentityState.Blank;
            else slow = true;
        }
        if (unknown) return IdentityState.Incomplete;
        if (slow) return TCells.KnownSumSign(cells, id, offset) != 0 ? IdentityState.Breaks : IdentityState.Holds;
        return sum != 0 ? IdentityState.Breaks : IdentityState.Holds;
    }

    internal static IdentityState StateOf(decimal?[] cells, Compiled id, int offset = 0) => StateOf<decimal?, DecimalCells>(cells, id, offset);
    internal static IdentityState StateOf(long[] cells, Compiled id) => StateOf<long, LongCells>(cells, id);

    /// <summary>
    /// <c>StateOf(cells, id, offset) == Breaks</c>, stopping at the first cell unknown or blank (then it is not Breaks
    /// whatever the other cells hold): the search asks it of identities that mostly read a row not yet chosen.
    /// </summary>
    internal static bool Breaks<T, TCells>(T[] cells, Compiled id, int offset = 0) where TCells : ICells<T>
    {
        var ids = id.Cells;
        var plus = id.Plus;
        long sum = 0;
        var slow = false;
        for (var k = 0; k < ids.Length; k++)
        {
            var kind = TCells.Read(in cells[ids[k] - offset], out var x);
            if (kind == CellKind.Small) sum += k < plus ? x : -x;
            else if (kind == CellKind.Other) slow = true;
            else return false; // unknown or blank
        }
        if (slow) return TCells.KnownSumSign(cells, id, offset) != 0;
        return sum != 0;
    }

    internal static bool Breaks(decimal?[] cells, Compiled id, int offset = 0) => Breaks<decimal?, DecimalCells>(cells, id, offset);
    internal static bool Breaks(long[] cells, Compiled id, int offset = 0) => Breaks<long, LongCells>(cells, id, offset);

    /// <summary>An identity among <paramref name="ids"/> whose cells are all known (no blank) and does not hold.</summary>
    private static bool BreaksComplete<T, TCells>(T[] cells, Compiled[] ids) where TCells : ICells<T>
    {
        foreach (var id in ids)
            if (Breaks<T, TCells>(cells, id)) return true;
        return false;
    }

    /// <summary>
    /// Every identity reading a cell of the run, and checkable (no printed blank), is complete and holds. None: not
    /// confirmed. (A split of run-together digits that its own row's 总计 picked is no exception: a wrong split of a row
    /// whose printed 总计 is itself wrong can keep that identity, and only the columns can show it.)
    /// </summary>
    private static bool Confirmed<T, TCells>(T[] cells, Compiled[] touching) where TCells : ICells<T>
    {
        var touched = false;
        foreach (var id in touching)
        {
            switch (StateOf<T, TCells>(cells, id))
            {
                case IdentityState.Blank: continue;
                case IdentityState.Holds: touched = true; continue;
                default: return false;
            }
        }
        return touched;
    }

    /// <summary>
    /// Fills unknown cells that the identities fix: one unknown in an identity is solved; several unknowns of one
    /// sign summing to zero are all zero (counts are never negative). An identity reading a printed blank says nothing.
    /// Returns the identities still broken. Only unknown cells are ever written; each one written is added to
    /// <paramref name="written"/> when given, so a caller can undo a propagation by setting them back to unknown.
    /// <paramref name="tooLarge"/> when a solved cell does not fit the type (long cells: 2^40 in size), and then nothing
    /// more is written (the caller does its work again in decimal).
    /// </summary>
    internal static (int Violations, bool Infeasible) Propagate<T, TCells>(T[] cells, Compiled[] ids, bool[] nonNegative, List<int>? written, out bool tooLarge)
        where TCells : ICells<T>
    {
        tooLarge = false;
        bool changed;
        var guard = 0;
        // Identities complete and broken in the current pass: after a pass that wrote nothing, the answer.
        var broken = 0;
        do
        {
            changed = false;
            broken = 0;
            foreach (var id in ids)
            {
                // The known cells' sum in 64 bits while every known cell is a small whole number (nearly always), else
                // in decimal (TCells.KnownSumSign); a solved cell's value as the type computes it (Solve).
                long known = 0;
                int unknown = 0, last = -1, sign = 0;
                var mixed = false;
                var blank = false;
                var slow = false;
                var idCells = id.Cells;
                var plus = id.Plus;
                for (var k = 0; k < idCells.Length; k++)
                {
                    var kind = TCells.Read(in cells[idCells[k]], out var x);
                    if (kind == CellKind.Small) known += k < plus ? x : -x;
                    else if (kind == CellKind.Unknown)
                    {
                        unknown++;
                        last = k;
                        var c = k < plus ? 1 : -1;
                        if (sign == 0) sign = c; else if (sign != c) mixed = true;
                    }
                    else if (kind == CellKind.Blank) { blank = true; break; }
                    else slow = true;
                }
                if (blank) continue;
                if (unknown == 0)
                {
                    if (slow ? TCells.KnownSumSign(cells, id, 0) != 0 : known != 0) broken++;
                    continue;
                }
                if (unknown == 1)
                {
                    var fits = TCells.Solve(cells, id, last, known, out var value, out var negative);
                    if (negative && nonNegative[idCells[last]]) return (0, true);
                    if (!fits) { tooLarge = true; return (0, true); }
                    cells[idCells[last]] = value;
                    written?.Add(idCells[last]);
                    changed = true;
                }
                else if (!mixed && AllNonNegative<T, TCells>(id, cells, nonNegative))
                {
                    // The sign of the unknowns' sum: the same from the 64-bit sum as from the decimal one.
                    var restSign = -(slow ? TCells.KnownSumSign(cells, id, 0) : Math.Sign(known)) * sign;
                    if (restSign < 0) return (0, true);
                    if (restSign == 0)
                    {
                        for (var k = 0; k < idCells.Length; k++)
                        {
                            if (!TCells.IsUnknown(in cells[idCells[k]])) continue;
                            cells[idCells[k]] = TCells.Zero;
                            written?.Add(idCells[k]);
                        }
                        changed = true;
                    }
                }
            }
        } while (changed && ++guard < 64);
        if (!changed) return (broken, false);

        var violations = 0;
        foreach (var id in ids)
            if (Breaks<T, TCells>(cells, id)) violations++;
        return (violations, false);
    }

    internal static (int Violations, bool Infeasible) Propagate(decimal?[] cells, Compiled[] ids, bool[] nonNegative, List<int>? written = null) =>
        Propagate<decimal?, DecimalCells>(cells, ids, nonNegative, written, out _);

    internal static (int Violations, bool Infeasible) Propagate(long[] cells, Compiled[] ids, bool[] nonNegative, List<int>? written, out bool tooLarge) =>
        Propagate<long, LongCells>(cells, ids, nonNegative, written, out tooLarge);

    /// <summary>The sum of an identity's known cells in decimal (no blank among them), in the cells' order.</summary>
    private static decimal KnownSum(decimal?[] cells, Compiled id, int offset)
    {
        decimal known = 0;
        for (var k = 0; k < id.Cells.Length; k++)
            if (cells[id.Cells[k] - offset] is decimal v) known = AddTerm(known, id.Coef[k], v);
        return known;
    }

    private static bool AllNonNegative<T, TCells>(Compiled id, T[] cells, bool[] nonNegative) where TCells : ICells<T>
    {
        foreach (var c in id.Cells)
            if (TCells.IsUnknown(in cells[c]) && !nonNegative[c]) return false;
        return true;
    }

    /// <summary>An unknown cell (null) as a long: no value below 2^40 in size is one.</summary>
    internal const long UnknownCell = long.MinValue;
    /// <summary>A cell printed blank (<see cref="BlankMark"/>) as a long.</summary>
    internal const long BlankCell = long.MinValue + 1;
    private const long LongCellLimit = 1L << 40;

    /// <summary>Do the search and the splits in decimal even where their cells fit in longs (for the test that compares the two, on its own thread).</summary>
    [ThreadStatic] internal static bool DecimalCellsOnly;
    /// <summary>
    /// Nodes the searches over ambiguous rows' readings walked on this thread (the resolver's work, counted for the tests:
    /// Keeping's nodes, every combination's leaves, ReachesBound's nodes), and whether a Keeping search's bound may be
    /// found without walking it (off only for the test that compares).
    /// </summary>
    [ThreadStatic] internal static long SearchNodes;
    [ThreadStatic] internal static bool WalkEveryBoundedSearch;

    /// <summary>Searches on this thread done in long cells and in decimal (for the tests: both paths must be taken).</summary>
    [ThreadStatic] internal static int SearchesInLongs, SearchesInDecimal;

    /// <summary>A cell as a long, or false when it is a decimal that does not fit (decimals, scale above 0, 2^40 and more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ToLongCell(in decimal? cell, out long value)
    {
        if (!cell.HasValue) { value = UnknownCell; return true; }
        var d = cell.GetValueOrDefault();
        if (SmallInteger(d, out value)) return true;
        value = BlankCell;
        return IsBlankValue(d);
    }

    /// <summary>A long cell back as the decimal it stands for (a zero as +0).</summary>
    internal static decimal? FromLongCell(long cell) => cell == UnknownCell ? null : cell == BlankCell ? BlankMark : cell;

    private sealed class Candidate
    {
        public required decimal?[] Values;
        public int Cost;
        public List<(string Parts, decimal Value, int Field)> Joined => _joined ??= [];
        public List<string> Dropped => _dropped ??= [];
        public List<(string Raw, decimal Value, int Field)> Converted => _converted ??= [];
        /// <summary>Digits run together that this reading split into cells.</summary>
        public bool Split;
        /// <summary>Numbers that this reading stood for several equal cells each (lines equal to the one before dropped).</summary>
        public bool Expanded;
        private List<(string, decimal, int)>? _joined;
        private List<string>? _dropped;
        private List<(string, decimal, int)>? _converted;
        /// <summary>The edits, read without making an empty list for a candidate that has none (most).</summary>
        public List<(string Parts, decimal Value, int Field)> JoinedOrNone => _joined ?? NoEdits;
        public List<string> DroppedOrNone => _dropped ?? NoDrops;
        public List<(string Raw, decimal Value, int Field)> ConvertedOrNone => _converted ?? NoEdits;
        /// <summary>Read only, never added to.</summary>
        private static readonly List<(string, decimal, int)> NoEdits = [];
        private static readonly List<string> NoDrops = [];
        public bool IsPlain => _joined is not { Count: > 0 } && _dropped is not { Count: > 0 } && _converted is not { Count: > 0 } && !Split && !Expanded;
        public void CopyEditsFrom(Candidate c) { _joined = c._joined; _dropped = c._dropped; _converted = c._converted; Split = c.Split; Expanded = c.Expanded; }
        /// <summary>As new, for <see cref="CandidatePool"/>: no edits (their lists may be another candidate's, so they are dropped, not cleared), every cell unknown.</summary>
        public void Reset()
        {
            Cost = 0;
            _joined = null;
            _dropped = null;
            _converted = null;
            Split = Expanded = false;
            Array.Clear(Values);
        }
        public bool HasUnknown
        {
            get
            {
                foreach (var v in Values) if (v is null) return true;
                return false;
            }
        }
        public string Key => string.Join(',', Values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "?"));
    }

    /// <summary>Arrays of sums, equal element by element.</summary>
    private sealed class SameSums : IEqualityComparer<long[]>
    {
        public static readonly SameSums Instance = new();
        public bool Equals(long[]? a, long[]? b) => a.AsSpan().SequenceEqual(b);
        public int GetHashCode(long[] a)
        {
            var hash = new HashCode();
            foreach (var x in a) hash.Add(x);
            return hash.ToHashCode();
        }
    }

    /// <summary>
    /// Two readings' cells are the same reading when their <see cref="Candidate.Key"/>s are equal, compared without
    /// building the keys (a string a reading, thousands of readings for a row of run-together digits): a decimal's
    /// invariant text shows its value and every digit of its scale, so equal texts are equal values of equal scale;
    /// a zero, whose sign the text may or may not show, is compared by its text.
    /// </summary>
    private sealed class SameReading : IEqualityComparer<decimal?[]>
    {
        public static readonly SameReading Instance = new();

        public bool Equals(decimal?[]? a, decimal?[]? b)
        {
            if (a is null || b is null) return a == b;
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i].HasValue != b[i].HasValue) return false;
                if (!a[i].HasValue) continue;
                decimal x = a[i].GetValueOrDefault(), y = b[i].GetValueOrDefault();
                if (x != y || x.Scale != y.Scale) return false;
                if (x == 0 && x.ToString(CultureInfo.InvariantCulture) != y.ToString(CultureInfo.InvariantCulture)) return false;
            }
            return true;
        }

        public int GetHashCode(decimal?[] cells)
        {
            var h = new HashCode();
            foreach (var v in cells) h.Add(v is not decimal d ? -1 : d == 0 ? d.Scale : d.GetHashCode() ^ d.Scale << 24);
            return h.ToHashCode();
        }
    }

    /// <summary>
    /// The candidates a resolve builds (a <see cref="Candidate"/> and its cells each; a row of run-together digits or
    /// collapsed repeats has hundreds), kept per thread for the next resolve. Every candidate is made while
    /// <see cref="ResolveOnce"/> runs and none is read after it returns (it returns cells and findings, built from the
    /// candidates' values), so all it lent are given back at once when it ends, and handed out again reset.
    /// </summary>
    private sealed class CandidatePool
    {
        [ThreadStatic] private static CandidatePool? _mine;
        public static CandidatePool Mine => _mine ??= new();

        /// <summary>Rows of more cells than this (section 四 read as one run) are not pooled.</summary>
        private const int MaxCells = 64;
        /// <summary>Bound on the candidates a thread keeps (a few hundred KB).</summary>
        private const int MaxKept = 4096;
        private readonly List<Candidate>?[] _free = new List<Candidate>?[MaxCells + 1];
        private readonly List<Candidate> _lent = [];
        private int _kept;

        /// <summary>A candidate of <paramref name="cells"/> unknown cells, no cost and no edits.</summary>
        public Candidate New(int cells)
        {
            if (cells > MaxCells) return new Candidate { Values = new decimal?[cells] };
            Candidate c;
            if (_free[cells] is { Count: > 0 } free)
            {
                c = free[^1];
                free.RemoveAt(free.Count - 1);
                c.Reset();
            }
            else if (_kept < MaxKept)
            {
                c = new Candidate { Values = new decimal?[cells] };
                _kept++;
            }
            else return new Candidate { Values = new decimal?[cells] };
            _lent.Add(c);
            return c;
        }

        private readonly List<List<Candidate>> _freeLists = [], _lentLists = [];
        private Dictionary<decimal?[], Candidate>? _seen;

        /// <summary>An empty list for a row's candidates (a list of hundreds grew by doubling each time).</summary>
        public List<Candidate> NewList()
        {
            List<Candidate> list;
            if (_freeLists.Count > 0)
            {
                list = _freeLists[^1];
                _freeLists.RemoveAt(_freeLists.Count - 1);
            }
            else list = [];
            _lentLists.Add(list);
            return list;
        }

        /// <summary>
        /// An empty map of a row's readings by their cells, for one use at a time (FilterByRow, ExpansionsKeptByRow), read
        /// out before the next. Cleared, a map adds in insertion order again, as a new one does (none is ever removed).
        /// </summary>
        public Dictionary<decimal?[], Candidate> Seen()
        {
            if (_seen is null || _seen.Count > 512) _seen = new Dictionary<decimal?[], Candidate>(SameReading.Instance);
            else _seen.Clear();
            return _seen;
        }

        /// <summary>Everything lent since the last call, back: the caller holds none of them any more.</summary>
        public void GiveAll()
        {
            foreach (var c in _lent) (_free[c.Values.Length] ??= []).Add(c);
            _lent.Clear();
            foreach (var list in _lentLists)
            {
                list.Clear();
                if (_freeLists.Count < 64 && list.Capacity <= MaxKept) _freeLists.Add(list);
            }
            _lentLists.Clear();
        }
    }

    /// <summary>A new candidate of <paramref name="cells"/> unknown cells at <paramref name="cost"/>, from this thread's <see cref="CandidatePool"/>.</summary>
    private static Candidate NewCandidate(int cells, int cost = 0)
    {
        var c = CandidatePool.Mine.New(cells);
        c.Cost = cost;
        return c;
    }

    /// <summary>A new candidate holding <paramref name="cells"/>[<paramref name="from"/>, +<paramref name="count"/>).</summary>
    private static Candidate NewCandidate(decimal?[] cells, int from, int count)
    {
        var c = CandidatePool.Mine.New(count);
        Array.Copy(cells, from, c.Values, 0, count);
        return c;
    }

    internal sealed record Compiled(int[] Cells, int[] Coef)
    {
        public int MaxCell { get; } = Cells.Max();

        /// <summary>
        /// The cells <c>[0, Plus)</c> are added and the rest subtracted (<see cref="Compile"/> puts the left side first):
        /// the sums read a cell's sign from its position instead of loading its coefficient.
        /// </summary>
        public int Plus { get; } = PlusCount(Coef);

        private static int PlusCount(int[] coef)
        {
            var plus = 0;
            while (plus < coef.Length && coef[plus] == 1) plus++;
            for (var k = plus; k < coef.Length; k++)
                if (coef[k] != -1) throw new ArgumentException("an identity's coefficients are +1 on the left, then −1", nameof(coef));
            return plus;
        }
    }

    /// <summary>A section's identities as cell/coefficient arrays, and which cells are never negative; built once per layout.</summary>
    private sealed record SectionRules(Compiled[] Identities, bool[] NonNegative, FieldLayout[] Fields)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), RunRules> _runs = new();
        /// <summary>By a run's first cell: a plain array read (a concurrent dictionary's lookup was a cost of every row read).</summary>
        private readonly RunRules?[] _byFirstCell = new RunRules?[Fields.Length];

        /// <summary>What a run's cells are, built once per layout and run.</summary>
        public RunRules Of(RowRun run)
        {
            var first = run.FirstCell;
            if ((uint)first < (uint)_byFirstCell.Length && _byFirstCell[first] is { } known && known.FieldCount == run.FieldCount) return known;
            var made = _runs.GetOrAdd((first, run.FieldCount), k => new RunRules(k.Item2,
                Fields.AsSpan(k.Item1, k.Item2).ToArray(),
                [.. Identities.Where(id => id.Cells.All(c => c >= k.Item1 && c < k.Item1 + k.Item2))],
                [.. Identities.Where(id => id.Cells.Any(c => c >= k.Item1 && c < k.Item1 + k.Item2))]));
            // A reference written whole: another thread reads either null or this, and a run of another width sharing the
            // first cell only makes this slot the dictionary's again.
            if ((uint)first < (uint)_byFirstCell.Length) _byFirstCell[first] = made;
            return made;
        }
    }

    /// <summary>A run's fields, the identities that read only its cells (a row's 总计; section 四's three totals) and those that read any, in order.</summary>
    private sealed record RunRules(int FieldCount, FieldLayout[] Fields, Compiled[] InRow, Compiled[] Touching);

    /// <summary>
    /// Cell arrays that a resolve needs only while it runs (section-size ones, a search's), kept per thread for the next
    /// one: each is a few KB, several a section, and they were most of what reading a report allocated.
    /// </summary>
    private static class Spare<T>
    {
        [ThreadStatic] private static List<T[]>? _free;

        /// <summary>An array of <paramref name="length"/> elements, or at least as many when not <paramref name="exact"/>; not cleared.</summary>
        public static T[] Take(int length, bool exact)
        {
            var free = _free ??= [];
            for (var i = free.Count - 1; i >= 0; i--)
            {
                var a = free[i];
                if (exact ? a.Length != length : a.Length < length) continue;
                free.RemoveAt(i);
                return a;
            }
            return new T[length];
        }

        /// <summary>Kept unless the thread keeps 32 already (row-size ones as well as section-size), or it is a search's rare huge one (more than 64 Ki cells).</summary>
        public static void Give(T[]? a)
        {
            if (a is null) return;
            var free = _free ??= [];
            if (free.Count < 32 && a.Length <= 1 << 16) free.Add(a);
        }
    }

    /// <summary>Section-size decimal cell arrays from <see cref="Spare{T}"/>, taken cleared (every cell unknown) or as a copy, and given back when done.</summary>
    private static class SpareCells
    {
        public static decimal?[] Take(int length)
        {
            var a = Spare<decimal?>.Take(length, exact: true);
            Array.Clear(a);
            return a;
        }

        public static decimal?[] TakeCopy(decimal?[] of)
        {
            var a = Spare<decimal?>.Take(of.Length, exact: true);
            of.CopyTo(a, 0);
            return a;
        }

        public static void Give(decimal?[]? a) => Spare<decimal?>.Give(a);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SectionLayout, SectionRules> RulesCache = new();

    /// <summary>Looked up first without the factory's closure (made on entry to a method that has one: every resolve).</summary>
    private static SectionRules RulesOf(ReportLayout report, SectionLayout layout) =>
        RulesCache.TryGetValue(layout, out var known) ? known : MakeRules(report, layout);

    private static SectionRules MakeRules(ReportLayout report, SectionLayout layout) => RulesCache.GetValue(layout, l => new SectionRules(
        report.Identities.Where(i => i.Section == l).Select(Compile).ToArray(),
        Enumerable.Range(0, l.CellCount).Select(i => l.FieldOfCell(i).Kind != FieldKind.Signed).ToArray(),
        Enumerable.Range(0, l.CellCount).Select(l.FieldOfCell).ToArray()));

    /// <summary>How many of the section's identities the cells break (only identities whose cells are all known count).</summary>
    public static int Violations(ReportLayout report, SectionLayout layout, IReadOnlyList<decimal?> cells)
    {
        var n = 0;
        foreach (var id in RulesOf(report, layout).Identities)
        {
            decimal sum = 0;
            var complete = true;
            for (var k = 0; k < id.Cells.Length && complete; k++)
                if (cells[id.Cells[k]] is decimal v) sum += id.Coef[k] * v; else complete = false;
            if (complete && sum != 0) n++;
        }
        return n;
    }

    /// <summary>
    /// Text recognised from a scan: a cell read wrong breaks the identities that read it. Every cell of a broken identity
    /// is set aside and filled again from the cells no broken identity reads; a cell the identities do not fix is null.
    /// </summary>
    public static ImmutableArray<decimal?> RepairRecognised(ReportLayout report, SectionLayout layout, ImmutableArray<decimal?> read, List<Finding> findings)
    {
        var rules = RulesOf(report, layout);
        var cells = read.ToArray();
        var suspect = new bool[cells.Length];
        var broken = false;
        foreach (var id in rules.Identities)
        {
            decimal sum = 0;
            var complete = true;
            for (var k = 0; k < id.Cells.Length && complete; k++)
                if (cells[id.Cells[k]] is decimal v) sum += id.Coef[k] * v; else complete = false;
            if (!complete || sum == 0) continue;
            broken = true;
            foreach (var c in id.Cells) suspect[c] = true;
        }
        if (!broken) return read;
        for (var c = 0; c < cells.Length; c++) if (suspect[c]) cells[c] = null;
        var (violations, infeasible) = Propagate(cells, rules.Identities, rules.NonNegative);
        var failed = infeasible || violations > 0;
        for (var c = 0; c < cells.Length; c++)
        {
            if (!suspect[c]) { cells[c] = read[c]; continue; } // a printed blank stays blank
            if (failed) cells[c] = null;
            if (cells[c] == read[c]) continue;
            var place = layout.CellName(c);
            findings.Add(cells[c] is decimal v
                ? RuleCatalogue.OcrCorrected.Make(layout.CellPath(c), v, read[c], ("place", place), ("read", Show(read[c])), ("actual", Rule.Format(v)))
                : RuleCatalogue.OcrConflict.Make(layout.CellPath(c), null, read[c], ("place", place), ("read", Show(read[c]))));
        }
        return [.. cells];
    }

    /// <param name="collapsed">
    /// The text is one cell a line with every line equal to the one before it dropped (web archives of page text): a
    /// printed number may stand for several equal cells in a row ("4 / 0 / 4" for 4 0 0 0 0 0 4).
    /// </param>
    /// <param name="spacedThousands">
    /// The text prints numbers with their thousands spaced apart (<see cref="SpacedThousands"/>): a row with two numbers
    /// that may be one is unreadable (its cells only what the identities fix).
    /// </param>
    /// <param name="doubt">What the findings say of such a row (<see cref="SpacedThousands.Doubt"/> when null).</param>
    public static (ImmutableArray<decimal?> Cells, List<Finding> Findings) Resolve(
        ReportLayout report, SectionLayout layout, IReadOnlyList<RowRun> runs, IReadOnlyList<ProseQuote>? quotes = null, bool collapsed = false,
        bool spacedThousands = false, string? doubt = null)
    {
        // A damaged row's reading must be confirmed by every identity that reads its cells; one that is not is no
        // reading at all: the row is taken as unreadable and resolved again (its cells may still follow from the others).
        var unreadable = new bool[runs.Count];
        // Rows whose signs settle how their numbers fill the cells (SpacedThousands.SettledBySign): read that one way.
        (int Start, int End, int Field)[]?[]? bySign = null;
        for (var r = 0; r < runs.Count; r++)
        {
            if (runs[r].Tokens is not { } tokens) continue;
            var pair = spacedThousands && SpacedThousands.HasPair(tokens);
            if (!pair && !SpacedThousands.SignOutOfPlace(tokens, layout, runs[r].FirstCell, runs[r].FieldCount)) continue;
            if (SpacedThousands.SettledBySign(tokens, RulesOf(report, layout).Of(runs[r]).Fields, joins: pair) is { } placed)
            {
                (bySign ??= new (int, int, int)[]?[runs.Count])[r] = placed;
                continue;
            }
            unreadable[r] = true;
            runs[r].Doubt = pair ? doubt ?? SpacedThousands.Doubt : SpacedThousands.SignDoubt;
        }
        for (var attempt = 0; ; attempt++)
        {
            (ImmutableArray<decimal?> Cells, List<Finding> Findings, List<int> Unconfirmed) once;
            try { once = ResolveOnce(report, layout, runs, unreadable, bySign, quotes ?? [], collapsed, last: attempt >= 3); }
            finally { CandidatePool.Mine.GiveAll(); }
            var (cells, findings, unconfirmed) = once;
            if (unconfirmed.Count == 0 || attempt >= 3) return (cells, findings);
            foreach (var r in unconfirmed) unreadable[r] = true;
        }
    }

    /// <param name="last">The cells are returned even when a row is unconfirmed (no further attempt); otherwise such a
    /// resolve is done again and its cells are not built.</param>
    private static (ImmutableArray<decimal?> Cells, List<Finding> Findings, List<int> Unconfirmed) ResolveOnce(
        ReportLayout report, SectionLayout layout, IReadOnlyList<RowRun> runs, bool[] unreadable, (int Start, int End, int Field)[]?[]? bySign, IReadOnlyList<ProseQuote> quotes, bool collapsed, bool last)
    {
        var rules = RulesOf(report, layout);
        var compiled = rules.Identities;
        var nonNegative = rules.NonNegative;
        var hasIdentities = compiled.Length > 0;
        // Web archives run a table's cells together ("713000074"): once a row shows digits glued to its label with too
        // few numbers for its cells, every short row of the section may be split.
        var runTogether = false;
        for (var r = 0; r < runs.Count && !runTogether; r++)
            runTogether = runs[r].Tokens is { } t && t.Exists(x => x.Glued) && t.Count < runs[r].FieldCount;

        var candidates = new List<Candidate>[runs.Count];
        var decidedBy = new string?[runs.Count];
        var forced = new bool[runs.Count];
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var fields = rules.Of(run).Fields;
            if (run.Tokens is null || unreadable[r])
            {
                candidates[r] = FilterByRow([NewCandidate(run.FieldCount)], run, rules, nonNegative, layout.CellCount);
                continue;
            }
            if (bySign?[r] is { } placed)
            {
                candidates[r] = FilterByRow([SignedReading(run.Tokens, fields, placed)], run, rules, nonNegative, layout.CellCount);
                decidedBy[r] = SettledBySign;
                continue;
            }
            if (run.AmountUnit is null && PrintedAsIs(run.Tokens, fields))
            {
                // Nothing to read but the printed numbers: no candidate built (their cells are written below).
                candidates[r] = PrintedAsIsRow;
                continue;
            }
            var inRow = rules.Of(run).InRow;
            var tokens = run.AmountUnit is { } unit ? run.Tokens.ConvertAll(t => t is { Kind: TokenKind.Number, Unit: null } ? t with { Unit = unit } : t) : run.Tokens;
            var kept = collapsed && tokens.Count < run.FieldCount ? ExpansionsKeptByRow(tokens, fields, run, rules, nonNegative, layout.CellCount) : null;
            var (list, truncated, pruned) = kept is not null ? (kept, false, false)
                : collapsed && tokens.Count < run.FieldCount ? (Expansions(tokens, fields), false, false)
                : Generate(tokens, fields, allowDrops: hasIdentities, split: runTogether, inRow, run.FirstCell, nonNegative, layout.CellCount);
            // Digits that split only one way, or a number that can only stand for the whole row: the text itself gives the cells.
            forced[r] = kept is null && list.Count == 1 && (list[0].Split || list[0].Expanded) && !pruned;
            if (truncated)
            {
                // Too many readings to try them all: no reading can be said to be the only one.
                unreadable[r] = true;
                candidates[r] = FilterByRow([NewCandidate(run.FieldCount)], run, rules, nonNegative, layout.CellCount);
                continue;
            }
            var filtered = kept ?? (list.Count > 0 ? FilterByRow(list, run, rules, nonNegative, layout.CellCount) : []);
            if (filtered.Count == 0)
                filtered = [NewCandidate(run.FieldCount, cost: run.FieldCount)];
            if (filtered.Count > 1 && filtered.TrueForAll(c => c.Split || c.Expanded) && ByProse(filtered, run, quotes) is { } chosen)
            {
                filtered = chosen.Kept;
                decidedBy[r] = $"正文“{chosen.Quote}”";
            }
            else if (filtered.Count == 1 && filtered[0].Split)
                decidedBy[r] = forced[r] ? "各单元格的位数（0 不作首位）" : "本行合计";
            else if (filtered.Count == 1 && filtered[0].Expanded)
                decidedBy[r] = forced[r] ? "本行只印一个数" : "本行合计";
            else if (list.Count == 1 && kept is null && !collapsed && tokens.Count < run.FieldCount && SpacedThousands.ChangeField(fields) >= 0 && tokens.Exists(SpacedThousands.IsSigned))
                decidedBy[r] = SettledBySign; // of the placements of a short row, the sign left one
            candidates[r] = filtered;
        }

        var baseCells = SpareCells.Take(layout.CellCount);
        decimal?[]? result = null;
        try
        {
            var ambiguous = new List<int>();
            for (var r = 0; r < runs.Count; r++)
            {
                if (ReferenceEquals(candidates[r], PrintedAsIsRow)) ApplyPrinted(baseCells, runs[r], rules.Of(runs[r]).Fields);
                else if (candidates[r].Count == 1) Apply(baseCells, runs[r], candidates[r][0]);
                else ambiguous.Add(r);
            }

            if (ambiguous.Count == 0)
            {
                // One reading, the cells as printed and propagated: what the search below would find (its first and only
                // reading, whether feasible or not: the same propagation), without the search's setup; most sections.
                result = SpareCells.TakeCopy(baseCells);
                Propagate(result, compiled, nonNegative);
                var only = new int[runs.Count];
                List<int>? notConfirmed = null;
                for (var r = 0; r < runs.Count; r++)
                    if (MustConfirm(r, only) && !Confirmed<decimal?, DecimalCells>(result, rules.Of(runs[r]).Touching)) (notConfirmed ??= []).Add(r);
                if (notConfirmed is not null) return (last ? Finish(result) : default, [], notConfirmed);
                var described = new List<Finding>();
                for (var r = 0; r < runs.Count; r++)
                {
                    if (unreadable[r]) DescribeUnreadable(runs[r], result, layout, described);
                    else Describe(runs[r], candidates[r][0], result, NoReadings, decidedBy[r], layout, described);
                }
                return (Finish(result), described, []);
            }

            // Identities that read no ambiguous cell give the same answer in every combination: settle them once.
            var inAmbiguous = new bool[layout.CellCount];
            foreach (var r in ambiguous)
                for (var f = 0; f < runs[r].FieldCount; f++) inAmbiguous[runs[r].FirstCell + f] = true;
            if (ambiguous.Count > 0)
            {
                var independent = Where(compiled, inAmbiguous, null, reads: false);
                var (_, baseInfeasible) = Propagate(baseCells, independent, nonNegative);
                if (!baseInfeasible)
                    compiled = Where(compiled, inAmbiguous, baseCells, reads: true);
            }

            // Search every combination of readings of the ambiguous runs; keep the best by (identities broken, edit cost).
            // A damaged row's reading (by the first best reading's choice) must hold in every best reading.
            bool MustConfirm(int r, int[] firstChoice)
            {
                if (unreadable[r] || runs[r].Tokens is null) return false;
                var chosen = candidates[r][firstChoice[r] < candidates[r].Count ? firstChoice[r] : 0];
                var damaged = chosen.Cost > 0 || (chosen.Split || chosen.Expanded) && !forced[r]
                    || !chosen.Split && !chosen.Expanded && runs[r].Tokens!.Count != runs[r].FieldCount;
                if (!damaged) return false;
                // A table with no identities over the row has nothing to confirm a split with but the number the prose quotes,
                // nor a reading that the row's signs leave alone.
                return !(decidedBy[r] is { } how && (how.StartsWith("正文", StringComparison.Ordinal) || ReferenceEquals(how, SettledBySign))
                    && rules.Of(runs[r]).Touching.Length == 0);
            }
            // Only the ambiguous runs' cells and the cells still unknown can differ from one reading to the next; every
            // other cell is the base cells' in all of them.
            var variableCount = 0;
            for (var c = 0; c < baseCells.Length; c++) if (inAmbiguous[c] || baseCells[c] is null) variableCount++;
            var variable = new int[variableCount];
            for (int c = 0, v = 0; c < baseCells.Length; c++) if (inAmbiguous[c] || baseCells[c] is null) variable[v++] = c;
            // Looked up when first asked (only damaged rows are confirmed), then once per resolve, not per tied reading.
            var touchingRun = new Compiled[runs.Count][];
            Compiled[] TouchingRun(int r) => touchingRun[r] ??= rules.Of(runs[r]).Touching;
            Func<int, int[], bool> mustConfirm = MustConfirm;
            Func<int, Compiled[]> touchingOf = TouchingRun;
            BestReadings NewBest() => new(runs.Count, variable, mustConfirm, touchingOf);
            var best = NewBest();
            var bestScore = long.MaxValue;
            var choice = new int[runs.Count];

            // Free rows: ambiguous rows whose cells no identity reads (run-together digits in section 二, where few identities
            // bind; 1 % of reports had ~19,000 tied readings, the product of such rows' splits, and half the resolver's
            // time). They are taken out of the enumeration and their readings combined, with the same answer, because:
            // - no identity reads a free row's cells, so no identity's state, no propagation (it writes only cells an
            //   identity reads) and no other row's confirmation depends on them; a free row itself, touched by no identity,
            //   is never confirmed in any reading. A reading's score is then the bound rows' (identities broken, cost) plus
            //   the free rows' costs, and the best readings are exactly the bound rows' best readings × each free row's
            //   cheapest candidates;
            // - the enumeration goes through the choices in lexicographic order, and the first of such a product is the
            //   bound rows' first best reading with every free row at its first cheapest candidate: the first reading;
            // - what BestReadings keeps of the readings (the first; per cell the first value of each class of equal values,
            //   in order; whether every reading confirms a run) is the same when it is given the bound rows' best readings
            //   with the free rows at their first cheapest candidates, then each free row's other cheapest candidates in
            //   order over the first reading: every cell's values come first in the same order, and its other values are
            //   the first reading's.
            // The keeping-identities search must still stop where it stopped (its node bound): see Keeping in SearchWith.
            // EnumerateEveryReading keeps the full enumeration, for the property test that compares the two.
            var free = new bool[runs.Count];
            var anyFree = false;
            if (!EnumerateEveryReading)
                foreach (var r in ambiguous) anyFree |= free[r] = rules.Of(runs[r]).Touching.Length == 0;

            // How many readings of the ambiguous rows there are (as a double: it may be astronomical).
            double Combinations()
            {
                var product = 1.0;
                foreach (var r in ambiguous) product *= candidates[r].Count;
                return product;
            }

            // A free row's cheapest cost, and its first candidate of that cost.
            int FreeCost(int r, out int first)
            {
                var list = candidates[r];
                first = 0;
                for (var c = 1; c < list.Count; c++) if (list[c].Cost < list[first].Cost) first = c;
                return list[first].Cost;
            }

            // The identities the keeping-identities search checks at each ambiguous row, by run index (not a dictionary: it
            // is read at every node of the search). Where the ambiguous rows share no cell, a cell of a row deeper in the
            // search that the base cells leave unknown is unknown whenever a shallower row is checked (only its own row
            // writes it, and clears it again on the way back), so an identity reading one is incomplete there and cannot
            // break: it is not checked.
            Compiled[][] TouchingInSearch()
            {
                var touching = new Compiled[runs.Count][];
                var depthOf = new int[layout.CellCount];
                var disjoint = true;
                for (var d = 0; d < ambiguous.Count; d++)
                    for (var f = 0; f < runs[ambiguous[d]].FieldCount; f++)
                    {
                        ref var at = ref depthOf[runs[ambiguous[d]].FirstCell + f];
                        if (at != 0) disjoint = false;
                        at = d + 1;
                    }
                for (var d = 0; d < ambiguous.Count; d++)
                {
                    var r = ambiguous[d];
                    int from = runs[r].FirstCell, to = from + runs[r].FieldCount;
                    var kept = new List<Compiled>();
                    foreach (var id in compiled)
                    {
                        bool inRun = false, deeperUnknown = false;
                        foreach (var c in id.Cells)
                        {
                            inRun |= c >= from && c < to;
                            deeperUnknown |= depthOf[c] > d + 1 && baseCells[c] is null;
                        }
                        if (inRun && !(disjoint && deeperUnknown)) kept.Add(id);
                    }
                    touching[r] = [.. kept];
                }
                return touching;
            }

            // Too many combinations to try, and no reading keeping every identity found within the bound: rather than
            // drop readings unseen (any of them could be the printed one), the widest rows are given up as unreadable.
            void GiveUpWidest()
            {
                while (ambiguous.Count > 0 && Combinations() > MaxCombinations)
                {
                    var widest = ambiguous.MaxBy(r => candidates[r].Count);
                    unreadable[widest] = true;
                    candidates[widest] = [NewCandidate(runs[widest].FieldCount, cost: runs[widest].FieldCount)];
                    ambiguous.Remove(widest);
                }
            }

            // The search over the ambiguous rows' readings in cells of type T (see ICells): every combination when they are
            // few (the free rows combined), else the keeping-identities search, else the widest rows given up and every
            // combination of the rest. False, before anything is decided, when a cell does not fit the type or a solved one
            // grows past it (long cells: 2^40); the search is then done again in decimal, from the start.
            bool SearchIn<T, TCells>() where TCells : ICells<T>
            {
                var lent = new List<T[]>();
                try { return SearchWith<T, TCells>(lent); }
                finally { foreach (var a in lent) Spare<T>.Give(a); }
            }
            // The arrays it takes from the thread's spare ones, every element written before it is read.
            bool SearchWith<T, TCells>(List<T[]> lent) where TCells : ICells<T>
            {
                T[] Lend(int length, bool exact)
                {
                    var a = Spare<T>.Take(length, exact);
                    lent.Add(a);
                    return a;
                }
                var start = Lend(baseCells.Length, exact: true);
                for (var c = 0; c < baseCells.Length; c++)
                    if (!TCells.From(baseCells[c], out start[c])) return false;
                // Each ambiguous row's candidates, one after the other in one array.
                var rows = new T[runs.Count][];
                foreach (var r in ambiguous)
                {
                    var n = runs[r].FieldCount;
                    var flat = rows[r] = Lend(candidates[r].Count * n, exact: false);
                    for (var c = 0; c < candidates[r].Count; c++)
                    {
                        var values = candidates[r][c].Values;
                        for (var f = 0; f < n; f++)
                            if (!TCells.From(values[f], out flat[c * n + f])) return false;
                    }
                }
                var tooLarge = false;
                // Candidate c of run r into the cells.
                void Put(T[] into, int r, int c)
                {
                    var n = runs[r].FieldCount;
                    var from = rows[r];
                    for (int f = 0, at = runs[r].FirstCell, k = c * n; f < n; f++) into[at + f] = from[k + f];
                }

                // After the bound rows' best readings (free rows at their first cheapest candidate): each free row's other
                // cheapest candidates, in order, over the first reading.
                void AddFree(BestReadings into)
                {
                    if (into.Count == 0) return;
                    var copy = Lend(start.Length, exact: true);
                    foreach (var r in ambiguous)
                    {
                        if (!free[r]) continue;
                        var min = FreeCost(r, out var first);
                        for (var c = first + 1; c < candidates[r].Count; c++)
                        {
                            if (candidates[r][c].Cost != min) continue;
                            into.FirstCells<T>().CopyTo(copy, 0);
                            Put(copy, r, c);
                            into.AddCopy<T, TCells>(copy, into.FirstChoice);
                        }
                    }
                }

                // Every leaf starts from the base cells with the ambiguous runs' cells overwritten; the cells propagation
                // filled are set back to unknown after it (they were unknown before), instead of copying the whole section
                // for each leaf.
                var leaf = Lend(start.Length, exact: true);
                start.CopyTo(leaf, 0);
                var leafWritten = new List<int>();
                // The rows enumerated (the ambiguous rows but the free ones) and the free rows' cheapest cost.
                var enumerated = ambiguous;
                var enumeratedFreeCost = 0;
                void Visit(int depth)
                {
                    if (tooLarge) return;
                    if (depth == enumerated.Count)
                    {
                        var cost = enumeratedFreeCost;
                        foreach (var r in enumerated) { Put(leaf, r, choice[r]); cost += candidates[r][choice[r]].Cost; }
                        leafWritten.Clear();
                        SearchNodes++;
                        var (violations, infeasible) = Propagate<T, TCells>(leaf, compiled, nonNegative, leafWritten, out var large);
                        if (large) tooLarge = true;
                        else if (!infeasible)
                        {
                            var score = violations * 100_000L + cost;
                            if (score < bestScore) { bestScore = score; best.Clear(); }
                            if (score == bestScore) best.AddCopy<T, TCells>(leaf, choice);
                        }
                        foreach (var c in leafWritten) leaf[c] = TCells.Unknown;
                        return;
                    }
                    var run = enumerated[depth];
                    for (var c = 0; c < candidates[run].Count; c++) { choice[run] = c; Visit(depth + 1); }
                }
                // Every combination of the ambiguous rows' readings, the free rows combined (above).
                bool VisitEvery()
                {
                    if (!anyFree) { Visit(0); return !tooLarge; }
                    enumerated = [];
                    enumeratedFreeCost = 0;
                    foreach (var r in ambiguous)
                    {
                        if (!free[r]) { enumerated.Add(r); continue; }
                        enumeratedFreeCost += FreeCost(r, out var first);
                        choice[r] = first;
                        Put(leaf, r, first);
                    }
                    Visit(0);
                    if (tooLarge) return false;
                    AddFree(best);
                    FreeRowsCombinedInEnumeration++;
                    // Where the full enumeration leaves its choices: read when no reading was feasible.
                    foreach (var r in ambiguous) if (free[r]) choice[r] = candidates[r].Count - 1;
                    return true;
                }

                // Combinations that break no identity, cheapest first: rows assigned one by one, a partial assignment
                // dropped as soon as an identity whose cells are all known breaks. Empty when none exists or the bound was
                // reached first; null when a solved cell did not fit the type.
                BestReadings? Keeping()
                {
                    var found = NewBest();
                    var cheapest = int.MaxValue;
                    var nodes = 0;
                    var stopped = false;
                    var anyKept = false;
                    var cells = Lend(start.Length, exact: true);
                    start.CopyTo(cells, 0);
                    var touching = TouchingInSearch();
                    var pick = new int[runs.Count];
                    var written = new List<int>();
                    // The search must stop where the full one stopped, so a free row's level is still walked, but what a
                    // subtree under one of its candidates does (the nodes it visits, the cheapest cost it leaves) depends
                    // only on the bound rows' cells above it, its cost and the cheapest cost when it is entered: a later
                    // candidate of the same cost entered at the same cheapest does exactly the same, and is counted instead
                    // of walked again. Per depth, under the node being walked: (cost, cheapest on entry) → (nodes, cheapest after).
                    var walked = new (int Cost, int Entry, int Nodes, int Exit)[ambiguous.Count][];
                    // Collecting (after the search, with free rows): the same walk over the bound rows only, keeping every
                    // reading of the bound rows' cost that breaks no identity, without the node bound (it was not reached).
                    var collecting = false;
                    var boundCost = 0;
                    void Search(List<int> rows, int depth, int cost)
                    {
                        if (collecting ? tooLarge || cost > boundCost : stopped || cost > cheapest) return;
                        if (!collecting && ++nodes > MaxSearchNodes) { stopped = true; return; }
                        SearchNodes++;
                        if (depth == rows.Count)
                        {
                            // Propagated in place and undone after (propagation only fills unknown cells): most leaves
                            // break an identity and are dropped, only a kept one is copied.
                            written.Clear();
                            var (violations, infeasible) = Propagate<T, TCells>(cells, compiled, nonNegative, written, out var large);
                            if (large) { tooLarge = stopped = true; return; }
                            if (!infeasible && violations == 0)
                            {
                                if (collecting)
                                {
                                    if (cost == boundCost) found.AddCopy<T, TCells>(cells, pick);
                                }
                                else
                                {
                                    if (cost < cheapest) { cheapest = cost; found.Clear(); }
                                    // With free rows the kept readings are collected after the search (below).
                                    if (!anyFree) found.AddCopy<T, TCells>(cells, pick);
                                    anyKept = true;
                                }
                            }
                            foreach (var c in written) cells[c] = TCells.Unknown;
                            return;
                        }
                        var r = rows[depth];
                        if (free[r])
                        {
                            // No identity reads the row (touching[r] is empty): its cells are not written, nothing prunes.
                            // (Only while searching: the rows collected are the bound ones.)
                            var seen = walked[depth] ??= new (int, int, int, int)[4];
                            var seenCount = 0;
                            for (var c = 0; c < candidates[r].Count; c++)
                            {
                                var next = cost + candidates[r][c].Cost;
                                var i = 0;
                                while (i < seenCount && (seen[i].Cost != next || seen[i].Entry != cheapest)) i++;
                                if (i < seenCount)
                                {
                                    nodes += seen[i].Nodes;
                                    if (nodes > MaxSearchNodes) { stopped = true; return; }
                                    cheapest = seen[i].Exit;
                                    continue;
                                }
                                var (entry, before) = (cheapest, nodes);
                                Search(rows, depth + 1, next);
                                if (stopped) return;
                                if (seenCount < seen.Length) seen[seenCount++] = (next, entry, nodes - before, cheapest);
                            }
                            return;
                        }
                        for (var c = 0; c < candidates[r].Count; c++)
                        {
                            pick[r] = c;
                            Put(cells, r, c);
                            if (!BreaksComplete<T, TCells>(cells, touching[r])) Search(rows, depth + 1, cost + candidates[r][c].Cost);
                        }
                        Array.Fill(cells, TCells.Unknown, runs[r].FirstCell, runs[r].FieldCount);
                    }
                    Search(ambiguous, 0, 0);
                    if (tooLarge) return null;
                    if (anyFree && !stopped && anyKept)
                    {
                        // The kept readings are every one that breaks no identity at the cheapest cost (none was cut by the
                        // bound): the bound rows' readings of that cost less the free rows' cheapest, in order, combined as above.
                        boundCost = cheapest;
                        var boundRows = new List<int>();
                        foreach (var r in ambiguous)
                        {
                            if (!free[r]) { boundRows.Add(r); continue; }
                            boundCost -= FreeCost(r, out var first);
                            pick[r] = first;
                            Put(cells, r, first);
                        }
                        collecting = true;
                        Search(boundRows, 0, 0);
                        if (tooLarge) return null;
                        AddFree(found);
                        FreeRowsCombinedInSearch++;
                    }
                    return stopped ? NewBest() : found;
                }

                // Whether Keeping would stop at its node bound, found without its leaves (each one a propagation; a report
                // whose blank cells were lost in conversion had 300,000 of them, 2.4 s, for no reading: rows of zeros with
                // a dozen placements each, every combination equally cheap). Only where the answer is exact: every
                // ambiguous row's readings cost the same, so no prefix costs more than a leaf and the cost bound never
                // prunes (the nodes Keeping visits do not depend on which leaves it keeps), and no free row (its
                // counted-not-walked subtrees). The same tree is then walked with the same identity checks, its leaves
                // only counted, and below the depth where no identity can be complete it is counted, not walked.
                bool ReachesBound()
                {
                    if (anyFree || WalkEveryBoundedSearch) return false;
                    foreach (var r in ambiguous)
                        foreach (var c in candidates[r])
                            if (c.Cost != candidates[r][0].Cost) return false;
                    var depths = ambiguous.Count;
                    // Nodes under a node at depth d, itself included, when nothing prunes (at most MaxSearchNodes + 1).
                    var below = new long[depths + 1];
                    below[depths] = 1;
                    for (var d = depths - 1; d >= 0; d--)
                        below[d] = Math.Min(MaxSearchNodes + 1L, 1 + candidates[ambiguous[d]].Count * below[d + 1]);
                    if (below[0] <= MaxSearchNodes) return false;
                    var touching = TouchingInSearch();
                    // Depth (1-based) of the ambiguous row holding each cell, 0 for the others.
                    var depthOf = new int[layout.CellCount];
                    var disjoint = true;
                    for (var d = 0; d < depths; d++)
                        for (var f = 0; f < runs[ambiguous[d]].FieldCount; f++)
                        {
                            ref var at = ref depthOf[runs[ambiguous[d]].FirstCell + f];
                            disjoint &= at == 0;
                            at = d + 1;
                        }
                    // From this depth on, every identity checked reads a cell unknown or blank there (a cell of a deeper row,
                    // or one the base cells leave unknown or blank, which the walk never writes): nothing prunes.
                    var counted = depths;
                    while (counted > 0 && !MayBreak(counted - 1)) counted--;
                    // An identity can break there only when all its cells can be known by then, and not all of them are
                    // zero in every reading (rows of zeros, where blanks were lost, can only hold).
                    bool MayBreak(int d)
                    {
                        foreach (var id in touching[ambiguous[d]])
                        {
                            bool complete = true, nonZero = false;
                            foreach (var c in id.Cells)
                            {
                                if (depthOf[c] == 0)
                                {
                                    var kind = TCells.Read(in start[c], out var x);
                                    complete &= kind is CellKind.Small or CellKind.Other;
                                    nonZero |= kind == CellKind.Other || kind == CellKind.Small && x != 0;
                                    continue;
                                }
                                complete &= depthOf[c] <= d + 1;
                                // The cell in each reading of its row (the row's readings one after the other).
                                var r = ambiguous[depthOf[c] - 1];
                                for (int k = c - runs[r].FirstCell, n = runs[r].FieldCount, end = candidates[r].Count * n; k < end && !nonZero; k += n)
                                    nonZero = TCells.Read(in rows[r][k], out var v) switch { CellKind.Other => true, CellKind.Small => v != 0, _ => false };
                            }
                            if (complete && nonZero) return true;
                        }
                        return false;
                    }
                    var cells = Lend(start.Length, exact: true);
                    start.CopyTo(cells, 0);
                    // What a subtree at depth d counts depends on the rows above only through the identities checked at d or
                    // deeper: each one's sum over the rows above, or that one of their cells is unknown or blank there (it
                    // cannot break then). Subtrees entered with the same sums count the same: counted once per depth.
                    var open = new Compiled[depths + 1][];
                    open[depths] = [];
                    for (var d = depths - 1; d >= 0; d--)
                    {
                        var ids = new List<Compiled>(open[d + 1]);
                        foreach (var id in touching[ambiguous[d]]) if (!ids.Exists(x => ReferenceEquals(x, id))) ids.Add(id);
                        open[d] = [.. ids];
                    }
                    var seen = new Dictionary<long[], long>?[depths + 1];
                    // The sums over the rows above depth d (the long's smallest value: cannot break); null where a cell is
                    // not a small whole number (decimal cells only) or rows share cells, then the subtree is walked.
                    long[]? Above(int d)
                    {
                        if (!disjoint) return null;
                        var key = new long[open[d].Length + 1];
                        key[^1] = d;
                        for (var i = 0; i < open[d].Length; i++)
                        {
                            var id = open[d][i];
                            long sum = 0;
                            for (var k = 0; k < id.Cells.Length && sum != long.MinValue; k++)
                            {
                                var c = id.Cells[k];
                                if (depthOf[c] == 0 || depthOf[c] > d) continue;
                                switch (TCells.Read(in cells[c], out var x))
                                {
                                    case CellKind.Small: sum += k < id.Plus ? x : -x; break;
                                    case CellKind.Other: return null;
                                    default: sum = long.MinValue; break;
                                }
                            }
                            key[i] = sum;
                        }
                        return key;
                    }
                    // Nodes of the subtree at depth d (the node itself included), at most MaxSearchNodes + 1.
                    long Count(int d)
                    {
                        if (d >= counted) return below[d];
                        var key = Above(d);
                        if (key is not null && (seen[d] ??= new(SameSums.Instance)).TryGetValue(key, out var known)) return known;
                        long nodes = 1;
                        SearchNodes++;
                        var r = ambiguous[d];
                        for (var c = 0; c < candidates[r].Count && nodes <= MaxSearchNodes; c++)
                        {
                            Put(cells, r, c);
                            if (!BreaksComplete<T, TCells>(cells, touching[r])) nodes = Math.Min(MaxSearchNodes + 1L, nodes + Count(d + 1));
                        }
                        Array.Fill(cells, TCells.Unknown, runs[r].FirstCell, runs[r].FieldCount);
                        if (key is not null) seen[d]![key] = nodes;
                        return nodes;
                    }
                    return Count(0) > MaxSearchNodes;
                }

                if (Combinations() <= MaxCombinations) return VisitEvery();
                // A search certain to reach its bound finds nothing (it returns no reading): not walked, the same answer.
                var kept = ReachesBound() ? NewBest() : Keeping();
                if (kept is null) return false;
                if (kept.Count > 0) { best = kept; return true; }
                GiveUpWidest();
                return VisitEvery();
            }

            if (!DecimalCellsOnly && FastSums && SearchIn<long, LongCells>()) SearchesInLongs++;
            else
            {
                SearchesInDecimal++;
                // In decimal (a cell that does not fit in a long, or the test's switch): from nothing again.
                best = NewBest();
                bestScore = long.MaxValue;
                SearchIn<decimal?, DecimalCells>();
            }
            if (best.Count == 0)
            {
                // Every reading is infeasible (a negative would be needed): keep only what was printed unambiguously.
                var cells = SpareCells.TakeCopy(baseCells);
                Propagate(cells, compiled, nonNegative);
                best.AddCopy<decimal?, DecimalCells>(cells, choice);
                SpareCells.Give(cells);
            }
            result = SpareCells.Take(layout.CellCount);
            Dictionary<int, SortedSet<string>>? readings = null;
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = best.First[i];
                if (best.ValuesWhereTheyDiffer(i) is not { } values) continue;
                (readings ??= [])[i] = new SortedSet<string>(values.Select(Show), StringComparer.Ordinal);
                result[i] = null;
            }
            best.Release();

            var unconfirmed = new List<int>();
            for (var r = 0; r < runs.Count; r++)
            {
                // Every best reading must keep every identity over the row complete and holding; cells where the best
                // readings differ are null in the result, but each reading still had to hold on its own.
                if (MustConfirm(r, best.FirstChoice) && !best.ConfirmedInAll(r)) unconfirmed.Add(r);
            }
            if (unconfirmed.Count > 0) return (last ? Finish(result) : default, [], unconfirmed);

            var findings = new List<Finding>();
            for (var r = 0; r < runs.Count; r++)
            {
                var chosen = candidates[r][best.FirstChoice[r] < candidates[r].Count ? best.FirstChoice[r] : 0];
                if (unreadable[r]) DescribeUnreadable(runs[r], result, layout, findings);
                else Describe(runs[r], chosen, result, readings ?? NoReadings, decidedBy[r], layout, findings);
            }
            return (Finish(result), findings, []);
        }
        finally
        {
            SpareCells.Give(baseCells);
            SpareCells.Give(result);
        }
    }

    /// <summary>
    /// The best readings found so far, kept as what is read from them: the first reading (its cells and choice), the
    /// values of every cell where they differ, and for each run that must be confirmed whether every reading confirms
    /// it. Thousands of readings may tie; keeping each one's cells cost most of a report's allocations.
    /// </summary>
    private sealed class BestReadings(int runCount, int[] variable, Func<int, int[], bool> mustConfirm, Func<int, Compiled[]> touching)
    {
        /// <summary>The first reading's cells as the search holds them (a T[]; for decimal cells the array <see cref="First"/> is).</summary>
        private Array? _first;
        private HashSet<decimal?>?[]? _differ;
        private bool[] _check = [];
        private readonly bool[] _unconfirmed = new bool[runCount];

        public int Count { get; private set; }
        /// <summary>The first reading's cells as decimals.</summary>
        public decimal?[] First { get; private set; } = [];
        public int[] FirstChoice { get; private set; } = [];

        /// <summary>The first reading's cells in the type the search took them in.</summary>
        public T[] FirstCells<T>() => (T[])_first!;

        /// <summary>
        /// Takes in one more best reading (copied as needed: the arrays are the caller's scratch); only <c>variable</c>,
        /// the cells that can differ between readings, are compared. The first reading and the values where readings
        /// differ are kept as decimals, for what reads them. In long cells what is kept is what the decimal cells they
        /// stand for would keep: equal longs are equal values, which the decimal cells skip (same bits) or which a set of
        /// values already holds (a zero and a negative zero); unequal longs are unequal values, added the same way.
        /// </summary>
        public void AddCopy<T, TCells>(T[] cells, int[] choice) where TCells : ICells<T>
        {
            if (Count == 0)
            {
                _first = TCells.KeepFirst(cells, out var first);
                First = first;
                FirstChoice = (int[])choice.Clone();
                _check = new bool[runCount];
                for (var r = 0; r < runCount; r++) _check[r] = mustConfirm(r, FirstChoice);
            }
            else
            {
                var kept = (T[])_first!;
                foreach (var i in variable)
                {
                    // Most cells are the first reading's to the bit; a set that holds the first reading's value already
                    // would not take an equal one.
                    if (TCells.SameBits(cells[i], kept[i])) continue;
                    if (_differ?[i] is { } values) values.Add(TCells.ToDecimal(cells[i]));
                    else if (!TCells.EqualValues(cells[i], kept[i])) (_differ ??= new HashSet<decimal?>?[cells.Length])[i] = [First[i], TCells.ToDecimal(cells[i])];
                }
            }
            for (var r = 0; r < runCount; r++)
                if (_check[r] && !_unconfirmed[r] && !Confirmed<T, TCells>(cells, touching(r))) _unconfirmed[r] = true;
            Count++;
        }

        /// <summary>The values cell <paramref name="cell"/> takes over the best readings, or null when they all agree.</summary>
        public HashSet<decimal?>? ValuesWhereTheyDiffer(int cell) => _differ?[cell];

        /// <summary>Every best reading confirms run <paramref name="run"/> (asked only of runs the first reading marks).</summary>
        public bool ConfirmedInAll(int run) => !_unconfirmed[run];

        /// <summary>Gives the first reading's cells back to the thread's spare arrays: the caller reads them no more.</summary>
        public void Release()
        {
            GiveFirst();
            Count = 0;
        }

        public void Clear()
        {
            GiveFirst();
            Count = 0;
            _differ = null;
            Array.Clear(_unconfirmed);
        }

        private void GiveFirst()
        {
            if (Count > 0)
            {
                SpareCells.Give(First);
                if (_first is long[] longs) Spare<long>.Give(longs);
            }
            _first = null;
            First = [];
        }
    }

    /// <summary>No cell read two ways (Describe only reads it).</summary>
    private static readonly Dictionary<int, SortedSet<string>> NoReadings = [];

    private static ImmutableArray<decimal?> Finish(decimal?[] cells)
    {
        // A new array handed over as it is (no builder to add to cell by cell): nothing else holds it.
        var done = new decimal?[cells.Length];
        for (var i = 0; i < cells.Length; i++)
            if (!IsBlank(cells[i])) done[i] = cells[i];
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(done);
    }

    private static string Show(decimal? v) => v is null ? "未知" : IsBlank(v) ? "空白" : Rule.Format(v);

    /// <summary>
    /// Of several splits of a row's run-together digits, the ones that agree with every number the prose quotes for
    /// a cell of the row; null when the prose quotes none of its cells, or agrees with all the splits or none.
    /// </summary>
    private static (List<Candidate> Kept, string Quote)? ByProse(List<Candidate> list, RowRun run, IReadOnlyList<ProseQuote> quotes)
    {
        List<ProseQuote>? mine = null;
        for (var i = 0; i < quotes.Count; i++)
            if (quotes[i].Cell >= run.FirstCell && quotes[i].Cell < run.FirstCell + run.FieldCount) (mine ??= []).Add(quotes[i]);
        if (mine is null) return null;
        var kept = list.Where(c => mine.TrueForAll(q => c.Values[q.Cell - run.FirstCell] == q.Value)).ToList();
        if (kept.Count == 0 || kept.Count == list.Count) return null;
        return (kept, string.Join("”“", mine.Select(q => q.Quote).Distinct()));
    }
    private static void DescribeUnreadable(RowRun run, decimal?[] result, SectionLayout layout, List<Finding> findings)
    {
        var cells = Enumerable.Range(run.FirstCell, run.FieldCount).ToArray();
        var printed = run.Tokens!.Count(t => t.Kind != TokenKind.Text);
        var printedText = string.Join(" ", run.Tokens!.Select(t => t.ToString()));
        if (printedText.Length > 60) printedText = printedText[..58] + "…";
        if (cells.All(c => result[c] is not null))
            findings.Add(RuleCatalogue.CellRecovered.Make(run.Where, null, null, ("place", $"{run.Place}（印刷为“{printedText}”，无法对应各列）"),
                ("printed", printed), ("expected", run.FieldCount), ("values", Values(result, run.FirstCell, run.FieldCount))));
        else
        {
            findings.Add(RuleCatalogue.Ambiguous.Make(run.Where, null, null, ("place", $"{run.Place}（印刷为“{printedText}”）"),
                ("candidates", (run.Doubt is { } doubt ? doubt + "；" : "") + "无法对应到各列：" + string.Join("、", cells.Where(c => result[c] is null).Select(c => $"“{layout.FieldOfCell(c).Label}”列")) + "不能确定")));
            // The row's numbers are not placed: each cell it has comes from the identities alone, and says so.
            foreach (var c in cells)
                if (result[c] is { } value && !IsBlank(value))
                    findings.Add(Recovered(layout, c, value, "本行无法对应各列，该列由勾稽关系确定为", printed, run.FieldCount));
        }
    }

    /// <summary>A <see cref="RuleCatalogue.CellRecovered"/> finding on one cell of a row not read one way: the cell, why, and its value.</summary>
    private static Finding Recovered(SectionLayout layout, int cell, decimal value, string why, int printed, int expected) =>
        RuleCatalogue.CellRecovered.Make(layout.CellPath(cell), null, value, ("place", $"{layout.CellName(cell)}（{why}{Rule.Format(value)}）"),
            ("printed", printed), ("expected", expected), ("values", Rule.Format(value)));

    /// <summary>
    /// The identities that read (<paramref name="reads"/>) or do not read a cell marked in <paramref name="marked"/> or,
    /// when <paramref name="unknownIn"/> is given, unknown there; in order.
    /// </summary>
    private static Compiled[] Where(Compiled[] ids, bool[] marked, decimal?[]? unknownIn, bool reads)
    {
        var kept = new List<Compiled>(ids.Length);
        foreach (var id in ids)
        {
            var any = false;
            foreach (var c in id.Cells)
                if (marked[c] || unknownIn is not null && unknownIn[c] is null) { any = true; break; }
            if (any == reads) kept.Add(id);
        }
        return [.. kept];
    }

    private static Compiled Compile(Identity id) =>
        new([.. id.Left, .. id.Right], [.. id.Left.Select(_ => 1), .. id.Right.Select(_ => -1)]);

    /// <summary>
    /// The one reading of a row printed as it is described — as many numbers or blanks as cells, none too long, unread or
    /// converted from another unit — which <see cref="Generate"/> would give as one plain candidate that no filter
    /// changes (no cell unknown): the most common row, read without building it.
    /// </summary>
    private static bool PrintedAsIs(List<Token> tokens, FieldLayout[] fields)
    {
        if (tokens.Count != fields.Length) return false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Overlong || t.IsUnread) return false;
            if (t.Kind == TokenKind.Blank) continue;
            if (t.Kind != TokenKind.Number || fields[i].Kind == FieldKind.Amount && InWan(t.Value, t.Unit) != t.Value) return false;
        }
        return true;
    }

    /// <summary>
    /// Stands for the reading of a row <see cref="PrintedAsIs"/>: plain, nothing unknown, nothing to describe, never
    /// confirmed; its cells are written by <see cref="ApplyPrinted"/>. Shared, so never changed (and never read for edits:
    /// <see cref="Describe"/> returns before).
    /// </summary>
    private static readonly List<Candidate> PrintedAsIsRow = [new Candidate { Values = [] }];

    /// <summary>The cells of a row <see cref="PrintedAsIs"/>, as <see cref="Generate"/>'s one candidate holds them.</summary>
    private static void ApplyPrinted(decimal?[] cells, RowRun run, FieldLayout[] fields)
    {
        var tokens = run.Tokens!;
        for (var f = 0; f < run.FieldCount; f++) cells[run.FirstCell + f] = Value(tokens[f], fields[f], null, f);
    }

    private static void Apply(decimal?[] cells, RowRun run, Candidate c)
    {
        for (var f = 0; f < run.FieldCount; f++) cells[run.FirstCell + f] = c.Values[f];
    }
    /// <summary>Keeps the readings of one run that its own identities (a row's 总计) accept, unless none does.</summary>
    private static List<Candidate> FilterByRow(List<Candidate> list, RowRun run, SectionRules rules, bool[] nonNegative, int cellCount)
    {
        var inRow = rules.Of(run).InRow;
        if (list.Count == 1 && (inRow.Length == 0 || !list[0].HasUnknown)) return list;
        var seen = CandidatePool.Mine.Seen();
        var cells = SpareCells.Take(cellCount);
        foreach (var c in list)
        {
            Array.Clear(cells, run.FirstCell, run.FieldCount); // the row's own identities read and fill only its cells
            for (var f = 0; f < run.FieldCount; f++) cells[run.FirstCell + f] = c.Values[f];
            var (violations, infeasible) = inRow.Length == 0 ? (0, false) : Propagate(cells, inRow, nonNegative);
            if (infeasible || violations > 0) continue;
            // Propagation writes only unknown cells: a reading with none, or no identity to propagate, is kept as it is.
            Candidate solved;
            if (inRow.Length == 0 || !c.HasUnknown) solved = c;
            else
            {
                solved = NewCandidate(cells, run.FirstCell, run.FieldCount);
                solved.Cost = c.Cost;
                solved.CopyEditsFrom(c);
            }
            if (seen.TryGetValue(solved.Values, out var prev) && prev.Cost <= solved.Cost) continue;
            seen[solved.Values] = solved;
        }
        SpareCells.Give(cells);
        if (seen.Count > 0)
        {
            var kept = CandidatePool.Mine.NewList();
            kept.AddRange(seen.Values);
            return kept;
        }
        // No reading satisfies the row: the report itself is wrong here; keep the cheapest readings, the checker will say so.
        var min = list.Min(c => c.Cost);
        return list.Where(c => c.Cost == min).GroupBy(c => c.Key).Select(g => g.First()).ToList();
    }
    /// <summary>
    /// All readings of <paramref name="tokens"/> as <paramref name="fields"/>.Length cells; truncated when the
    /// enumeration hit its bound (then the readings found are not all the readings there are).
    /// </summary>
    /// <remarks>
    /// Where tokens are joined or dropped, a reading that the row's own identities reject is counted but not built (its
    /// edits' text was most of the work): <see cref="FilterByRow"/> would drop it, and the readings it keeps come in the
    /// same order. When the row's identities reject every reading, all are built, for FilterByRow's cheapest-reading rule.
    /// </remarks>
    private static (List<Candidate> Readings, bool Truncated, bool Pruned) Generate(List<Token> tokens, FieldLayout[] fields, bool allowDrops, bool split,
        Compiled[] inRow, int firstCell, bool[] nonNegative, int cellCount)
    {
        int k = tokens.Count, n = fields.Length;
        var result = CandidatePool.Mine.NewList();
        var signOnlyIn = SpacedThousands.ChangeField(fields); // a signed number is read in the row's 本年增/减 alone, where it has one
        if (k == n && !tokens.Exists(t => t.Overlong))
        {
            var c = NewCandidate(n);
            for (var i = 0; i < n; i++) c.Values[i] = Value(tokens[i], fields[i], c, i);
            result.Add(c);
            return (result, false, false);
        }
        if (k < n || tokens.Exists(t => t.Overlong))
        {
            var pruned = false;
            if (split && Splits(tokens, fields, inRow, firstCell, result, out pruned) is var truncated && (result.Count > 0 || truncated))
                return (result, truncated, pruned);
            result.Clear();
            if (k > n || tokens.Exists(t => t.Overlong)) return (result, false, pruned);
            // Which cells were lost: every placement of the printed tokens in order, a signed number only in the row's
            // 本年增/减 ("+90 6" under 上一年项目数量 / 本年增/减 / 处理决定数量 is —, +90, 6).
            var slots = new int[k];
            var capped = false;
            void Place(int i, int f)
            {
                if (result.Count >= MaxCandidatesPerRun) { capped = true; return; }
                if (i == k)
                {
                    var c = NewCandidate(n, cost: n - k);
                    for (var t = 0; t < k; t++) c.Values[slots[t]] = Value(tokens[t], fields[slots[t]], c, slots[t]);
                    result.Add(c);
                    return;
                }
                for (var pos = f; pos <= n - (k - i); pos++)
                {
                    if (signOnlyIn >= 0 && pos != signOnlyIn && SpacedThousands.IsSigned(tokens[i])) continue;
                    slots[i] = pos;
                    Place(i + 1, pos + 1);
                }
            }
            Place(0, 0);
            return (result, capped, false);
        }

        // More tokens than cells: numbers split over a line break are joined; extra tokens may be dropped.
        var groups = new List<(int Start, int End)>(); // token ranges forming cells
        var dropped = new List<int>();
        const int maxDrops = 2;
        // joinableAfter[i]: line-break joins possible among tokens i..k-1, the most tokens that joining can absorb.
        var joinableAfter = new int[k + 1];
        for (var i = k - 1; i >= 0; i--)
            joinableAfter[i] = joinableAfter[i + 1] + (i + 1 < k && Joinable(tokens[i], tokens[i + 1]) ? 1 : 0);
        var steps = 0;
        var stopped = false;
        // Readings found, built or not: the bound counts them all, as when each was built.
        var generated = 0;
        var prefilter = inRow.Length > 0;
        var scratch = prefilter ? SpareCells.Take(cellCount) : null;
        int GroupDigits((int Start, int End) g) { var d = 0; for (var t = g.Start; t < g.End; t++) d += tokens[t].Text.Length; return d; }
        void Walk(int i)
        {
            if (generated >= MaxCandidatesPerRun || ++steps > MaxSteps) { stopped = true; return; }
            if (k - i < n - groups.Count) return;
            var surplus = k - i - (n - groups.Count);
            if (surplus > joinableAfter[i] + (allowDrops ? maxDrops - dropped.Count : 0) + 1) return;
            if (i == k)
            {
                if (groups.Count != n || !SignsInPlace()) return;
                generated++;
                if (!prefilter || RowAccepts(groups)) result.Add(Build(tokens, fields, groups, dropped));
                return;
            }
            // join token i to the previous cell
            if (groups.Count > 0 && groups[^1].End == i && Joinable(tokens[i - 1], tokens[i]) && GroupDigits(groups[^1]) + tokens[i].Text.Length <= MaxJoinedDigits)
            {
                var g = groups[^1];
                groups[^1] = (g.Start, i + 1);
                Walk(i + 1);
                groups[^1] = g;
            }
            // start a new cell
            if (groups.Count < n)
            {
                groups.Add((i, i + 1));
                Walk(i + 1);
                groups.RemoveAt(groups.Count - 1);
            }
            // drop it
            if (allowDrops && dropped.Count < maxDrops)
            {
                dropped.Add(i);
                Walk(i + 1);
                dropped.RemoveAt(dropped.Count - 1);
            }
        }
        // A signed number only in the row's 本年增/减, where it has one.
        bool SignsInPlace()
        {
            if (signOnlyIn < 0) return true;
            for (var f = 0; f < n; f++)
                if (f != signOnlyIn && SpacedThousands.IsSigned(tokens[groups[f].Start])) return false;
            return true;
        }
        // The row's identities over the reading's cells, as FilterByRow propagates them: whether it would keep it.
        bool RowAccepts(List<(int Start, int End)> cellsOf)
        {
            var cells = scratch!;
            Array.Clear(cells, firstCell, n);
            for (var f = 0; f < n; f++)
            {
                var (s, e) = cellsOf[f];
                cells[firstCell + f] = e - s == 1 ? Value(tokens[s], fields[f], null, f) : Value(JoinedToken(tokens, s, e), fields[f], null, f);
            }
            var (violations, infeasible) = Propagate(cells, inRow, nonNegative);
            return !infeasible && violations == 0;
        }
        Walk(0);
        if (prefilter && result.Count == 0 && generated > 0 && !stopped)
        {
            // The row's identities reject every reading: all of them, built, for FilterByRow's fallback (the same walk).
            prefilter = false;
            steps = 0;
            generated = 0;
            Walk(0);
        }
        if (scratch is not null) SpareCells.Give(scratch);
        return (result, stopped, false);
    }

    /// <summary>Tokens <paramref name="s"/>..<paramref name="e"/> joined into one number, as <see cref="Build"/> reads them.</summary>
    private static Token JoinedToken(List<Token> tokens, int s, int e)
    {
        var sb = Text();
        for (var t = s; t < e; t++) sb.Append(tokens[t].Text);
        var digits = sb.ToString();
        return tokens[e - 1] with { Text = digits, Value = decimal.Parse(digits, CultureInfo.InvariantCulture) };
    }

    /// <summary>
    /// Readings that split run-together digits into cells: each number token becomes one or more consecutive cells,
    /// together exactly the row's; no part has a leading zero ("0" is a part of its own), a sign stays on the first
    /// part and decimals on the last. Identities inside the run prune as soon as their cells are filled.
    /// Returns whether the enumeration stopped at its bound.
    /// </summary>
    private static bool Splits(List<Token> tokens, FieldLayout[] fields, Compiled[] inRow, int firstCell, List<Candidate> result, out bool pruned)
    {
        pruned = false;
        if (tokens.Exists(t => t.Kind != TokenKind.Number && t.Kind != TokenKind.Blank)) return false;
        var digits = new (string Sign, string Body, string Tail, string? Unit, bool Splittable)[tokens.Count];
        for (var t = 0; t < tokens.Count; t++) digits[t] = tokens[t].Kind == TokenKind.Number ? SplitForm(tokens[t]) : default;
        return !DecimalCellsOnly && SplitsFitLongs(tokens, digits, fields)
            ? SplitsIn<long, LongCells>(tokens, digits, fields, inRow, firstCell, result, out pruned)
            : SplitsIn<decimal?, DecimalCells>(tokens, digits, fields, inRow, firstCell, result, out pruned);
    }

    /// <summary>
    /// Whether every value <see cref="SplitsIn"/> can give fits in a long cell (see <see cref="UnknownCell"/>): no
    /// number has a unit, and every number not split (or with a sign or decimals, which the splits read through its
    /// text) is a whole number below 2^40; a part is at most 12 digits, below 10^12 &lt; 2^40, and its value as the
    /// decimal cells read it ((decimal) of the digits, no unit to convert) is the long's.
    /// </summary>
    private static bool SplitsFitLongs(List<Token> tokens, (string Sign, string Body, string Tail, string? Unit, bool Splittable)[] digits, FieldLayout[] fields)
    {
        if (!FastSums) return false; // SmallInteger cannot read this runtime's decimals
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Unit is not null) return false;
            if (token.Kind == TokenKind.Number && digits[t].Splittable)
            {
                if (digits[t].Sign.Length > 0 || digits[t].Tail.Length > 0) return false;
                continue;
            }
            if (token.Overlong) continue; // never read (Next returns)
            // Without a unit a token's value is the same in every field (nothing to convert).
            if (!ToLongCell(Value(token, fields[0], null, 0), out _)) return false;
        }
        return true;
    }

    /// <summary><see cref="Splits"/> in cells of type <typeparamref name="T"/>; the readings are built as the decimal cells they stand for.</summary>
    private static bool SplitsIn<T, TCells>(List<Token> tokens, (string Sign, string Body, string Tail, string? Unit, bool Splittable)[] digits,
        FieldLayout[] fields, Compiled[] inRow, int firstCell, List<Candidate> result, out bool pruned) where TCells : ICells<T>
    {
        var n = fields.Length;
        var anyPruned = false;
        var values = Spare<T>.Take(n, exact: true);
        Array.Fill(values, TCells.Unknown);
        var steps = 0;
        var stopped = false;
        // A signed number's first part is the row's 本年增/减, where it has one ("+6312" is +63 and 12, never 6 and 312).
        var signOnlyIn = SpacedThousands.ChangeField(fields);

        bool PrefixHolds(int f)
        {
            // An identity whose last cell is f, all its cells known and none blank, that does not hold.
            foreach (var id in inRow)
            {
                if (id.MaxCell - firstCell != f) continue;
                if (Breaks<T, TCells>(values, id, firstCell)) { anyPruned = true; return false; }
            }
            return true;
        }

        // A value the cell type holds: every one for decimal cells, and for long cells SplitsFitLongs checked them all.
        static T Fitting(decimal? value) => TCells.From(value, out var cell) ? cell : throw new System.Diagnostics.UnreachableException("checked by SplitsFitLongs");

        void Next(int t, int f)
        {
            if (stopped) return;
            if (++steps > MaxSteps || result.Count >= MaxCandidatesPerRun) { stopped = true; return; }
            if (t == tokens.Count)
            {
                if (f != n) return;
                var c = NewCandidate(n);
                for (var i = 0; i < n; i++) c.Values[i] = TCells.ToDecimal(values[i]);
                c.Split = true;
                result.Add(c);
                return;
            }
            if (n - f < tokens.Count - t) return;
            var token = tokens[t];
            if (token.Kind == TokenKind.Blank || !digits[t].Splittable)
            {
                if (token.Overlong || signOnlyIn >= 0 && f != signOnlyIn && SpacedThousands.IsSigned(token)) return;
                values[f] = Fitting(Value(token, fields[f], null, f));
                if (PrefixHolds(f)) Next(t + 1, f + 1);
                values[f] = TCells.Unknown;
                return;
            }
            Part(t, 0, f);
        }

        void Part(int t, int pos, int f)
        {
            var (sign, body, tail, unit, _) = digits[t];
            var maxParts = n - f - (tokens.Count - t - 1);
            if (maxParts <= 0 || pos == 0 && signOnlyIn >= 0 && f != signOnlyIn && SpacedThousands.IsSigned(tokens[t])) return;
            for (var len = 1; len <= Math.Min(12, body.Length - pos); len++)
            {
                if (stopped) return;
                var last = pos + len == body.Length;
                // Parts left for this token must fit the cells left for it.
                if (!last && maxParts == 1) continue;
                if (len > 1 && body[pos] == '0') break;
                var field = fields[f];
                if ((pos > 0 || sign.Length == 0) && (!last || tail.Length == 0))
                {
                    // Digits only (the common case): the part's value without building its text. The body is ASCII digits
                    // (Splittable) and a part at most 12 of them, so the value is exact in a ulong, as ulong.Parse read it.
                    ulong digitsValue = 0;
                    for (var i = pos; i < pos + len; i++) digitsValue = digitsValue * 10 + (ulong)(body[i] - '0');
                    values[f] = TCells.FromDigits(digitsValue, field, last ? unit : null);
                }
                else
                {
                    var text = (pos == 0 ? sign : "") + body.Substring(pos, len) + (last ? tail : "");
                    if (text.StartsWith('-') && field.Kind != FieldKind.Signed) continue;
                    if (text.Contains('.') && field.Kind != FieldKind.Amount) continue;
                    values[f] = Fitting(Value(new Token(TokenKind.Number, text, decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), last ? unit : null, 0, false, false), field, null, f));
                }
                if (PrefixHolds(f))
                {
                    if (last) Next(t + 1, f + 1);
                    else Part(t, pos + len, f + 1);
                }
                values[f] = TCells.Unknown;
            }
        }

        Next(0, 0);
        Spare<T>.Give(values);
        pruned = anyPruned;
        return stopped;
    }
    /// <summary>
    /// Readings of a row whose repeated cells were printed once: each printed number stands for one or more
    /// consecutive cells of the row, together exactly the row's cells.
    /// </summary>
    private static List<Candidate> Expansions(List<Token> tokens, FieldLayout[] fields)
    {
        var result = CandidatePool.Mine.NewList();
        int n = fields.Length, k = tokens.Count;
        if (k == 0 || tokens.Exists(t => t.Overlong)) return result;
        var values = SpareCells.Take(n);
        void Place(int t, int f)
        {
            if (result.Count >= MaxCandidatesPerRun) return;
            if (t == k)
            {
                if (f != n) return;
                var c = NewCandidate(values, 0, n);
                c.Expanded = true;
                result.Add(c);
                return;
            }
            // This token covers cells f .. f+m-1; the tokens after it need one cell each at least.
            for (var m = 1; f + m <= n - (k - t - 1); m++)
            {
                for (var c = f; c < f + m; c++) values[c] = Value(tokens[t], fields[c], null, c);
                Place(t + 1, f + m);
            }
            for (var c = f; c < n; c++) values[c] = null;
        }
        Place(0, 0);
        SpareCells.Give(values);
        return result;
    }

    /// <summary>
    /// <see cref="Expansions"/> then <see cref="FilterByRow"/> in one pass, keeping only the readings the row's own
    /// identities accept (a row may have thousands of expansions, most of them rejected at once). Null where that
    /// would not be the same as the two steps: one expansion or none (kept unfiltered), or none accepted (the
    /// cheapest are kept); the caller then takes the two steps.
    /// </summary>
    private static List<Candidate>? ExpansionsKeptByRow(List<Token> tokens, FieldLayout[] fields, RowRun run, SectionRules rules, bool[] nonNegative, int cellCount)
    {
        int n = fields.Length, k = tokens.Count;
        if (k == 0 || tokens.Exists(t => t.Overlong)) return null;
        var inRow = rules.Of(run).InRow;
        var values = SpareCells.Take(n);
        var cells = SpareCells.Take(cellCount);
        var seen = CandidatePool.Mine.Seen();
        long generated = 0;
        // An identity of the row complete and broken in the cells placed so far rejects every expansion after it: they
        // are counted, as if generated, but not built.
        bool PrefixBreaks(int from, int to)
        {
            foreach (var id in inRow)
            {
                var max = id.MaxCell - run.FirstCell;
                if (max >= from && max < to && Breaks(values, id, run.FirstCell)) return true;
            }
            return false;
        }
        void Place(int t, int f)
        {
            if (generated >= MaxCandidatesPerRun) return;
            if (t == k)
            {
                if (f != n) return;
                generated++;
                Array.Clear(cells, run.FirstCell, run.FieldCount); // the row's own identities read and fill only its cells
                for (var i = 0; i < n; i++) cells[run.FirstCell + i] = values[i];
                var (violations, infeasible) = inRow.Length == 0 ? (0, false) : Propagate(cells, inRow, nonNegative);
                if (infeasible || violations > 0) return;
                var solved = NewCandidate(cells, run.FirstCell, n);
                solved.Expanded = true;
                seen.TryAdd(solved.Values, solved); // all cost 0: the first of equal readings stays, as in FilterByRow
                return;
            }
            for (var m = 1; f + m <= n - (k - t - 1); m++)
            {
                for (var c = f; c < f + m; c++) values[c] = Value(tokens[t], fields[c], null, c);
                if (PrefixBreaks(f, f + m)) generated += Completions(n - f - m, k - t - 1);
                else Place(t + 1, f + m);
            }
            for (var c = f; c < n; c++) values[c] = null;
        }
        Place(0, 0);
        SpareCells.Give(cells);
        SpareCells.Give(values);
        if (generated <= 1 || seen.Count == 0) return null;
        var kept = CandidatePool.Mine.NewList();
        kept.AddRange(seen.Values);
        return kept;
    }

    /// <summary>
    /// In how many ways <paramref name="tokens"/> printed numbers can stand for exactly <paramref name="cells"/> cells,
    /// each for one or more in a row: C(cells − 1, tokens − 1), and 1 for none in none. Saturates far above any bound.
    /// </summary>
    private static long Completions(int cells, int tokens)
    {
        if (tokens == 0) return cells == 0 ? 1 : 0;
        if (cells < tokens) return 0;
        long c = 1;
        int a = cells - 1, b = Math.Min(tokens - 1, cells - tokens);
        for (var i = 1; i <= b; i++)
        {
            c = c * (a - b + i) / i;
            if (c > int.MaxValue) return int.MaxValue;
        }
        return c;
    }

    /// <summary>A number token as a split sees it: sign, the digits before any point, the point and decimals, its unit.</summary>
    private static (string Sign, string Body, string Tail, string? Unit, bool Splittable) SplitForm(Token t)
    {
        var s = t.Text.Replace(",", "", StringComparison.Ordinal);
        var sign = s.Length > 0 && s[0] is '+' or '-' ? s[..1] : "";
        var rest = s[sign.Length..];
        var point = rest.IndexOf('.');
        var body = point < 0 ? rest : rest[..point];
        var tail = point < 0 ? "" : rest[point..];
        return (sign == "+" ? "" : sign, body, tail, t.Unit, body.Length >= 2 && body.All(char.IsAsciiDigit));
    }

    /// <summary>A count in these tables has at most 12 digits; longer joins are not readings.</summary>
    private const int MaxJoinedDigits = 12;

    private static bool Joinable(Token a, Token b) =>
        a.LineEnd && b.LineStart && a.Line != b.Line && a.IsPlainInteger && a.Unit is null && b.IsPlainInteger && a.Text.Length + b.Text.Length <= MaxJoinedDigits;

    /// <summary>What <see cref="Describe"/> is told of a row read the one way its signs leave.</summary>
    private const string SettledBySign = "带正负号的数只能是本年增/减";

    /// <summary>The reading <see cref="SpacedThousands.SettledBySign"/> leaves a row: spaced parts as one number, lost cells unknown.</summary>
    private static Candidate SignedReading(List<Token> tokens, FieldLayout[] fields, (int Start, int End, int Field)[] placed)
    {
        var c = NewCandidate(fields.Length, cost: fields.Length - placed.Length);
        foreach (var (s, e, f) in placed)
        {
            c.Values[f] = Value(e - s == 1 ? tokens[s] : JoinedToken(tokens, s, e), fields[f], c, f);
            c.Cost += e - s - 1;
        }
        return c;
    }

    private static Candidate Build(List<Token> tokens, FieldLayout[] fields, List<(int Start, int End)> groups, List<int> dropped)
    {
        var c = NewCandidate(fields.Length);
        for (var f = 0; f < groups.Count; f++)
        {
            var (s, e) = groups[f];
            if (e - s == 1) { c.Values[f] = Value(tokens[s], fields[f], c, f); continue; }
            var v = Value(JoinedToken(tokens, s, e), fields[f], c, f);
            c.Values[f] = v;
            var parts = Text();
            for (var t = s; t < e; t++) (t > s ? parts.Append('/') : parts).Append(tokens[t].Text);
            c.Joined.Add((parts.ToString(), v ?? 0, f));
            c.Cost += e - s - 1;
        }
        foreach (var d in dropped) { c.Dropped.Add(tokens[d].ToString()); c.Cost += 2; }
        return c;
    }

    /// <summary>A token's value in a field: a printed blank is <see cref="BlankMark"/>; money in 元 or 亿元 becomes 万元.</summary>
    /// <param name="c">Where a conversion is recorded; null while readings are only being tried.</param>
    private static decimal? Value(Token t, FieldLayout field, Candidate? c, int f)
    {
        if (t.IsUnread) return null;
        if (t.Kind == TokenKind.Blank) return BlankMark;
        if (t.Kind != TokenKind.Number || t.Overlong) return null;
        if (field.Kind != FieldKind.Amount) return t.Value;
        var v = InWan(t.Value, t.Unit);
        if (v != t.Value) c?.Converted.Add((t.Text + t.Unit, v, f));
        return v;
    }

    private static decimal InWan(decimal value, string? unit) => unit switch
    {
        "元" => value / 10000m,
        "亿元" => value * 10000m,
        _ => value,
    };

    /// <summary>
    /// The fields of a row that printed fewer numbers than cells left empty by some placement of its numbers, in order,
    /// that agrees with the cells read (a number only where the cell is unknown or that number).
    /// </summary>
    private static bool[] LostSomewhere(RowRun run, decimal?[] result, SectionLayout layout)
    {
        var printed = run.Tokens!.Where(t => t.Kind != TokenKind.Text).ToList();
        int n = run.FieldCount, k = printed.Count;
        var lost = new bool[n];
        var filled = new bool[n];
        var signOnlyIn = -1;
        for (var f = 0; f < n; f++) if (layout.FieldOfCell(run.FirstCell + f).Kind == FieldKind.Signed) signOnlyIn = f;
        void Place(int i, int f)
        {
            if (i == k)
            {
                for (var x = 0; x < n; x++) lost[x] |= !filled[x];
                return;
            }
            for (var pos = f; pos <= n - (k - i); pos++)
            {
                if (signOnlyIn >= 0 && pos != signOnlyIn && SpacedThousands.IsSigned(printed[i])) continue;
                var cell = run.FirstCell + pos;
                if (result[cell] is { } known && Value(printed[i], layout.FieldOfCell(cell), null, pos) != known) continue;
                filled[pos] = true;
                Place(i + 1, pos + 1);
                filled[pos] = false;
            }
        }
        Place(0, 0);
        return lost;
    }

    private static void Describe(RowRun run, Candidate chosen, decimal?[] result, Dictionary<int, SortedSet<string>> readings, string? decidedBy,
        SectionLayout layout, List<Finding> findings)
    {
        var n = run.FieldCount;
        var anyDisagree = false;
        for (var c = run.FirstCell; c < run.FirstCell + n && !anyDisagree; c++) anyDisagree = readings.ContainsKey(c);
        // Most rows were printed as they are: nothing to say, and nothing built to say it.
        if (run.Tokens is { } printedTokens && printedTokens.Count == n && chosen.IsPlain && !chosen.HasUnknown && !anyDisagree) return;
        var printed = run.Tokens?.Count ?? 0;
        var printedCells = 0;
        if (run.Tokens is { } tokens)
            foreach (var t in tokens) if (t.Kind != TokenKind.Text) printedCells++;
        var allKnown = true;
        for (var c = run.FirstCell; c < run.FirstCell + n; c++) allKnown &= result[c] is not null;
        if (ReferenceEquals(decidedBy, SettledBySign) && !anyDisagree)
        {
            var printedText = Printed(run);
            var values = Text();
            for (var c = run.FirstCell; c < run.FirstCell + n; c++)
                values.Append(c > run.FirstCell ? "、" : "").Append('“').Append(layout.FieldOfCell(c).Label).Append("”")
                    .Append(result[c] is null ? "空（该单元格在文本中丢失）" : IsBlank(result[c]) ? "空白" : Rule.Format(result[c]));
            findings.Add(RuleCatalogue.SignPlaced.Make(run.Where, null, null, ("place", run.Place), ("printed", printedText), ("values", values.ToString())));
            return;
        }

        foreach (var (raw, value, f) in chosen.ConvertedOrNone)
            findings.Add(RuleCatalogue.UnitConverted.Make(layout.CellPath(run.FirstCell + f), null, value,
                ("place", layout.CellName(run.FirstCell + f)), ("raw", raw), ("actual", Rule.Format(value))));

        if (run.Tokens is null)
        {
            if (allKnown)
                findings.Add(RuleCatalogue.CellRecovered.Make(run.Where, null, null, ("place", run.Place + "（未找到该行）"),
                    ("printed", 0), ("expected", n), ("values", Values(result, run.FirstCell, n))));
            else
                findings.Add(RuleCatalogue.RowMissing.Make(run.Where, null, null, ("place", run.Place)));
            return;
        }

        if (anyDisagree)
        {
            var which = Enumerable.Range(run.FirstCell, n).Where(readings.ContainsKey).Select(c => $"“{layout.FieldOfCell(c).Label}”列可为{string.Join("或", readings[c])}");
            findings.Add(RuleCatalogue.Ambiguous.Make(run.Where, null, null,
                ("place", chosen.Split ? $"{run.Place}（数字连在一起印刷为“{Printed(run)}”）" : run.Place), ("candidates", string.Join("；", which))));
            // A cell every reading gives one value that a placement of the printed numbers leaves empty (a blank the text
            // dropped) is filled from the identities: it says so, as a recovered cell of a row read one way does.
            if (printedCells < n && !chosen.Split && !chosen.Expanded && chosen.JoinedOrNone.Count == 0)
            {
                var lostSomewhere = LostSomewhere(run, result, layout);
                for (var c = run.FirstCell; c < run.FirstCell + n; c++)
                    if (lostSomewhere[c - run.FirstCell] && result[c] is { } value && !IsBlank(value) && !readings.ContainsKey(c))
                        findings.Add(Recovered(layout, c, value, "本行各种读法下该列均为", printedCells, n));
            }
            return;
        }
        if (chosen.Split && allKnown)
            findings.Add(RuleCatalogue.DigitsSplit.Make(run.Where, null, null, ("place", run.Place), ("printed", Printed(run)),
                ("how", decidedBy ?? "勾稽关系"), ("values", Values(result, run.FirstCell, n))));
        if (chosen.Expanded && allKnown)
            findings.Add(RuleCatalogue.RepeatsExpanded.Make(run.Where, null, null, ("place", run.Place), ("printed", Printed(run)),
                ("how", decidedBy ?? "勾稽关系"), ("values", Values(result, run.FirstCell, n))));
        foreach (var (parts, value, f) in chosen.JoinedOrNone)
            findings.Add(RuleCatalogue.NumberJoined.Make(layout.CellPath(run.FirstCell + f), null, value,
                ("place", layout.CellName(run.FirstCell + f)), ("parts", parts), ("actual", Rule.Format(value))));
        if (chosen.DroppedOrNone.Count > 0)
            findings.Add(RuleCatalogue.ExtraCellDropped.Make(run.Where, null, null, ("place", run.Place),
                ("printed", printed), ("expected", n), ("dropped", string.Join("”“", chosen.DroppedOrNone))));
        var lost = !chosen.Split && !chosen.Expanded && printedCells < n && chosen.JoinedOrNone.Count == 0 || chosen.HasUnknown;
        if (!lost) return;
        if (allKnown)
            findings.Add(RuleCatalogue.CellRecovered.Make(run.Where, null, null, ("place", run.Place),
                ("printed", printedCells), ("expected", n), ("values", Values(result, run.FirstCell, n))));
        else
            findings.Add(RuleCatalogue.CellMissing.Make(run.Where, null, null, ("place", run.Place),
                ("printed", printedCells), ("expected", n)));
    }

    /// <summary>A finding's text being put together (one per thread): the parts' strings and their joins were a finding's cost.</summary>
    [ThreadStatic] private static System.Text.StringBuilder? t_text;

    private static System.Text.StringBuilder Text()
    {
        var sb = t_text ??= new System.Text.StringBuilder(128);
        sb.Clear();
        return sb;
    }

    /// <summary>The row's tokens as printed, space-separated, cut to 58 characters and an ellipsis past 60.</summary>
    private static string Printed(RowRun run)
    {
        var sb = Text();
        var tokens = run.Tokens!;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(tokens[i].ToString());
        }
        return sb.Length <= 60 ? sb.ToString() : string.Concat(sb.ToString(0, 58), "…");
    }

    /// <summary>Cells <paramref name="first"/>.. (<paramref name="count"/> of them) as a finding lists them: 、-separated, a blank as 空白.</summary>
    private static string Values(decimal?[] result, int first, int count)
    {
        var sb = Text();
        for (var c = first; c < first + count; c++)
        {
            if (c > first) sb.Append('、');
            sb.Append(IsBlank(result[c]) ? "空白" : Rule.Format(result[c]));
        }
        return sb.ToString();
    }
}

