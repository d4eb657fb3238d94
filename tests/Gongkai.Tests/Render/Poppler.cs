using System.Diagnostics;
using System.Text;

namespace Gongkai.Tests.Render;

/// <summary>poppler-utils on the PATH (pdftotext, pdffonts): what researchers and archives read PDFs with, for checks that another reader agrees.</summary>
internal static class Poppler
{
    public static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    public static (int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEnd();
        if (!p.WaitForExit(30_000)) { p.Kill(); throw new TimeoutException($"{tool} did not finish"); }
        return (p.ExitCode, output.Result);
    }

    /// <summary>The PDF's text as pdftotext gives it, without the spaces and line breaks the layout put in.</summary>
    public static string Text(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"gongkai-poppler-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var (exit, text) = Run("pdftotext", "-enc", "UTF-8", file, "-");
            Assert.Equal(0, exit);
            return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
