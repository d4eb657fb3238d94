namespace Gongkai.Cli.Inputs;

/// <summary>What the command line names, as files to read in order, and the arguments that named nothing.</summary>
public sealed record ExpandedInputs(IReadOnlyList<string> Files, IReadOnlyList<string> Problems);

/// <summary>
/// Turns FILE arguments into files: a file stays as given (a missing one is left for the reader to report), a folder
/// is every regular file under it (recursively, hidden ones skipped), a pattern is what it matches.
/// </summary>
public static class InputExpander
{
    public static ExpandedInputs Expand(IEnumerable<string> args)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var arg in args)
        {
            if (File.Exists(arg)) files.Add(arg);
            else if (Directory.Exists(arg))
            {
                var under = FilesUnder(arg).ToList();
                if (under.Count == 0) problems.Add($"{arg}: 文件夹中没有文件");
                files.AddRange(under);
            }
            else if (Glob.IsPattern(arg))
            {
                var matched = Glob.Expand(arg);
                if (matched.Count == 0) problems.Add($"{arg}: 没有匹配的文件");
                files.AddRange(matched);
            }
            else files.Add(arg);
        }
        return new ExpandedInputs(files, problems);
    }

    /// <summary>
    /// Every file under <paramref name="dir"/>, skipping hidden files and folders, in ordinal order, as paths starting
    /// with <paramref name="dir"/>. Symbolic links to folders are not followed (a link to a parent made the walk go round
    /// until the path grew too long, reporting one file 41 times; <c>/proc/self/root</c> leads to the whole disk); a
    /// link to a file is kept, and the reader refuses it if it is no regular file.
    /// </summary>
    public static IEnumerable<string> FilesUnder(string dir)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(dir);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos("*", options))
            {
                if (entry is FileInfo) files.Add(Path.Join(current, entry.Name));
                else if (!IsLink(entry)) pending.Push(Path.Join(current, entry.Name));
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>A symbolic link (on Unix its attributes say ReparsePoint).</summary>
    internal static bool IsLink(FileSystemInfo entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.LinkTarget is not null;
}
