namespace Gongkai.Tests;

/// <summary>Finds ../shared (seeds, spec) beside the repository; the tests read it in place, never a copy.</summary>
public static class SharedFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SeedsDir => Path.Combine(SharedDir, "seeds");

    /// <summary>The seed whose file name starts with <paramref name="number"/> ("000"…"004").</summary>
    public static string Seed(string number) =>
        Directory.GetFiles(SeedsDir, number + "_*.txt").Single();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
