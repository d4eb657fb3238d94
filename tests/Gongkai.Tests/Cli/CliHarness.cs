using System.Text.Json;
using Gongkai.Cli;
using Gongkai.Core.Json;
using Gongkai.Core.Model;

namespace Gongkai.Tests.Cli;

/// <summary>What one in-process run of `gongkai` gave.</summary>
public sealed record CliResult(int Code, string Out, string Err)
{
    public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public JsonElement[] Json => [.. Lines.Select(l => JsonDocument.Parse(l).RootElement)];
}

/// <summary>Runs the command line in-process with captured output, and makes throw-away input folders.</summary>
public static class CliHarness
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public static IEnumerable<string> Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name);
}

/// <summary>A temporary folder, deleted afterwards, with helpers to write inputs into it.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("gongkai-cli-").FullName;

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string File(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A JSON Lines file as `gongkai extract` writes it, one line per report.</summary>
    public string Reports(string name, params Report[] reports) =>
        File(name, string.Concat(reports.Select(r => ReportJson.Serialize(r) + "\n")));

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
