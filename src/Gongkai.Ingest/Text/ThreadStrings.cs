using System.Numerics;
using System.Runtime.InteropServices;

namespace Gongkai.Ingest.Text;

/// <summary>
/// One string for equal short texts, per thread: the tables' lines, labels and numbers come back in every report of a
/// batch, so each is made once rather than once a report. A fixed table of slots, one text a slot by its hash, a new
/// text taking the slot of the one it collides with: memory is bounded by the table, and a lookup is one hash, one
/// slot and one comparison (a <see cref="HashSet{T}"/> with a span lookup was 6–9 % of a warm reading, most of it its
/// bucket and entry arrays out of cache). A text longer than the bound is made each time. Not thread-safe: one a thread.
/// </summary>
internal sealed class ThreadStrings
{
    private readonly int _maxLength;
    private readonly string?[] _slots;
    private readonly int _mask;

    /// <param name="maxLength">The longest text kept.</param>
    /// <param name="slots">How many texts are kept at most: a power of two.</param>
    public ThreadStrings(int maxLength, int slots)
    {
        if (!BitOperations.IsPow2(slots)) throw new ArgumentOutOfRangeException(nameof(slots), "不是 2 的幂");
        _maxLength = maxLength;
        _slots = new string?[slots];
        _mask = slots - 1;
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (text.Length > _maxLength) return text.ToString();
        ref var slot = ref _slots[Hash(text) & _mask];
        if (slot is { } known && known.AsSpan().SequenceEqual(text)) return known;
        return slot = text.ToString();
    }

    /// <summary>A multiply–xor hash over four characters at a time, folded so the low bits (the slot) see every character.</summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        var h = (ulong)text.Length * K;
        var words = MemoryMarshal.Cast<char, ulong>(text);
        foreach (var w in words) h = BitOperations.RotateLeft((h ^ w) * K, 29);
        for (var i = words.Length * 4; i < text.Length; i++) h = BitOperations.RotateLeft((h ^ text[i]) * K, 29);
        h ^= h >> 32;
        h *= K;
        return (int)(h >> 32);
    }
}
