using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Gongkai.Tests.Web.Operations;

/// <summary>
/// The web application as its operators run it: its own process (<c>dotnet Gongkai.Web.dll</c>, the build beside the
/// tests' own), configured by environment variables, on a port Kestrel picks; stdout and stderr kept for the test.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyCollection<string> Output => _lines;

    private AppProcess(IReadOnlyDictionary<string, string> environment)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var web = Path.Combine(SharedFiles.RepoRoot, "src", "Gongkai.Web");
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "Gongkai.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build the solution first (./test.sh does)");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (k, v) in environment) start.Environment[k] = v;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts the application and waits until <c>/health/ready</c> answers 200.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var app = new AppProcess(environment);
        try
        {
            await app.WaitReadyAsync(TimeSpan.FromMinutes(3));
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the application exited ({_process.ExitCode}):\n{string.Join("\n", _lines)}");
            if (BaseUrl.Length == 0 && _lines.Select(l => Listening().Match(l)).FirstOrDefault(m => m.Success) is { } m)
                BaseUrl = m.Groups[1].Value;
            if (BaseUrl.Length > 0)
            {
                try
                {
                    if ((await http.GetAsync(BaseUrl + "/health/ready")).IsSuccessStatusCode) return;
                }
                catch (HttpRequestException) { }
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"the application was not ready in {timeout}:\n{string.Join("\n", _lines)}");
    }

    public HttpClient Client(System.Net.CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new System.Net.CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(BaseUrl + "/"),
            Timeout = TimeSpan.FromSeconds(60),
        };

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
