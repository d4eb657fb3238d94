using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Gongkai.Tests.Web.Operations;

/// <summary>
/// The web application as its operators run it: its own process (<c>dotnet Gongkai.Web.dll</c>, the build copied beside
/// the tests), configured by environment variables, on a free loopback port, its content root <c>src/Gongkai.Web</c>;
/// stdout and stderr kept for the test and for failure messages.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private AppProcess(IReadOnlyDictionary<string, string> environment, string? workingDirectory)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Gongkai.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the tests reference Gongkai.Web, whose build output is copied beside them");
        var web = Path.Combine(SharedFiles.RepoRoot, "src", "Gongkai.Web");
        // The port is chosen here, not by Kestrel (port 0): the URL must be known without the lifetime log line, which a
        // test's log level may hide.
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(web);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (k, v) in environment) start.Environment[k] = v;
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary><c>http://127.0.0.1:PORT</c>, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public IReadOnlyCollection<string> Output => _lines;

    public string Log => string.Join("\n", _lines);

    public bool Running => !_process.HasExited;

    /// <summary>Starts the application and returns at once, while it is still starting (migrations, the sample data).</summary>
    public static AppProcess Launch(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null) =>
        new(environment, workingDirectory);

    /// <summary>Starts the application and waits until <c>/health/ready</c> answers 200 (the database has this release's schema).</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var app = Launch(environment, workingDirectory);
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
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the application exited ({_process.ExitCode}):\n{Log}");
            try
            {
                using var r = await probe.GetAsync(BaseUrl + "/health/ready");
                if (r.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"the application was not ready in {timeout}:\n{Log}");
    }

    /// <summary>A client for pages: cookies kept, redirects not followed.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(BaseUrl + "/"),
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>A client for the API, signed in as <paramref name="user"/> with a bearer token.</summary>
    public async Task<HttpClient> ApiAs(string user, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(60) };
        using var login = await client.PostAsJsonAsync("api/auth/login", new { userName = user, password });
        Assert.True(login.IsSuccessStatusCode, $"login {user}: {(int)login.StatusCode}\n{Log}");
        var token = (string)JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flush, no disposing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) Kill();
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
