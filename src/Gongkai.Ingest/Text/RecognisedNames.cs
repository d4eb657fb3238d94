namespace Gongkai.Ingest.Text;

/// <summary>
/// Place names that text recognition misreads into other real characters (沭 as 沐): a misread name is no place, so the
/// pair is put right wherever it occurs. Only whole names are listed: 沐 alone is a character of its own (沐川县).
/// </summary>
internal static class RecognisedNames
{
    private static readonly (string Misread, string Name)[] Pairs =
    [
        ("沐阳", "沭阳"), ("临沐", "临沭"), ("沐河", "沭河"),
    ];

    public static string Correct(string text)
    {
        foreach (var (misread, name) in Pairs)
            if (text.Contains(misread, StringComparison.Ordinal)) text = text.Replace(misread, name, StringComparison.Ordinal);
        return text;
    }
}
