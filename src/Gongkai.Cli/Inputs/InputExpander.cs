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

    /// <summary>Every regular file under <paramref name="dir"/>, skipping hidden files and folders, in ordinal order, as paths starting with <paramref name="dir"/>.</summary>
    public static IEnumerable<string> FilesUnder(string dir)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = Directory.EnumerateFiles(dir, "*", options).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
