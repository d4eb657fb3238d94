namespace Gongkai.Ingest.Text;

/// <summary>
/// One string for equal short texts, per thread: the tables' lines, labels and numbers come back in every report of a
/// batch, so each is made once rather than once a report. Bounded (cleared when full), so one batch's thousands of
/// distinct texts cannot keep memory; a text longer than the bound is made each time. Not thread-safe: one a thread.
/// </summary>
internal sealed class ThreadStrings
{
    private readonly int _maxLength, _maxCount;
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    // Kept with the set: asking the set for its span lookup tests its comparer's type on every call.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ThreadStrings(int maxLength, int maxCount)
    {
        _maxLength = maxLength;
        _maxCount = maxCount;
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (text.Length > _maxLength) return text.ToString();
        if (_lookup.TryGetValue(text, out var known)) return known;
        if (_set.Count >= _maxCount) _set.Clear();
        var made = text.ToString();
        _set.Add(made);
        return made;
    }
}
