namespace Gongkai.Cli.Inputs;

/// <summary>
/// Expands a path pattern with <c>*</c> (any characters within a name), <c>?</c> (one character) and <c>**</c>
/// (any number of folders). Hidden entries (names starting with '.') are matched only by a pattern segment that itself
/// starts with '.'. A folder matched by the last segment stands for all the files under it.
/// Microsoft.Extensions.FileSystemGlobbing was tried: it does not support <c>?</c>, hence this small matcher.
/// </summary>
public static class Glob
{
    public static bool IsPattern(string path) => path.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The files the pattern matches, as paths starting with the pattern's literal prefix, in ordinal order.</summary>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        var segments = pattern.Split(Separators);
        var literal = 0;
        while (literal < segments.Length - 1 && !IsPattern(segments[literal])) literal++;
        var prefix = string.Join('/', segments[..literal]);
        if (literal > 0 && prefix.Length == 0) prefix = "/";   // "/*.txt"
        var results = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(literal == 0 ? "." : prefix))
            Walk(literal == 0 ? "." : prefix, prefix, segments, literal, results);
        return [.. results];
    }

    private static readonly char[] Separators = ['/', Path.DirectorySeparatorChar];

    private static void Walk(string dir, string shown, string[] segments, int index, SortedSet<string> results)
    {
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            if (last) { AddFolder(dir, shown, results); return; }
            Walk(dir, shown, segments, index + 1, results);
            // Any depth of real folders: a link to a folder is not descended into (a link to a parent loops).
            foreach (var sub in Entries(dir, directories: true, allowHidden: false))
                if (!InputExpander.IsLink(sub)) Walk(sub.FullName, Join(shown, sub.Name), segments, index, results);
            return;
        }
        var allowHidden = segment.StartsWith('.');
        if (!IsPattern(segment))
        {
            var path = Path.Join(dir, segment);
            if (last && File.Exists(path)) results.Add(Join(shown, segment));
            else if (Directory.Exists(path))
            {
                if (last) AddFolder(path, Join(shown, segment), results);
                else Walk(path, Join(shown, segment), segments, index + 1, results);
            }
            return;
        }
        foreach (var sub in Entries(dir, directories: true, allowHidden))
        {
            if (!Matches(segment, sub.Name)) continue;
            if (last) AddFolder(sub.FullName, Join(shown, sub.Name), results);
            else Walk(sub.FullName, Join(shown, sub.Name), segments, index + 1, results);
        }
        if (last)
            foreach (var file in Entries(dir, directories: false, allowHidden))
                if (Matches(segment, file.Name)) results.Add(Join(shown, file.Name));
    }

    private static void AddFolder(string dir, string shown, SortedSet<string> results)
    {
        foreach (var file in InputExpander.FilesUnder(dir))
            results.Add(Join(shown, Path.GetRelativePath(dir, file)));
    }

    private static IEnumerable<FileSystemInfo> Entries(string dir, bool directories, bool allowHidden)
    {
        var info = new DirectoryInfo(dir);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
        IEnumerable<FileSystemInfo> entries = directories ? info.EnumerateDirectories("*", options) : info.EnumerateFiles("*", options);
        return entries.Where(e => allowHidden || !e.Name.StartsWith('.'));
    }

    private static string Join(string shown, string name) => shown.Length == 0 ? name : shown.EndsWith('/') ? shown + name : shown + "/" + name;

    /// <summary>Whether <paramref name="name"/> matches a single-segment wildcard pattern (<c>*</c>, <c>?</c>).</summary>
    public static bool Matches(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n])) { p++; n++; }
            else if (p < pattern.Length && pattern[p] == '*') { star = p++; resume = n; }
            else if (star >= 0) { p = star + 1; n = ++resume; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
