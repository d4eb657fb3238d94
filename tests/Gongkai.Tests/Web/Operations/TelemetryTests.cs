using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Gongkai.Tests.Web.Operations;

/// <summary>
/// With an OTLP endpoint configured, the application exports traces, metrics and logs there over HTTP/protobuf: here
/// a real HTTP listener takes the exporter's posts, as a collector would.
/// </summary>
public sealed class TelemetryTests : IDisposable
{
    private readonly HttpListener _collector = new();
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _posts = new();
    private readonly string _endpoint;

    public TelemetryTests()
    {
        var port = FreePort();
        _endpoint = $"http://127.0.0.1:{port}";
        _collector.Prefixes.Add(_endpoint + "/");
        _collector.Start();
        _ = Task.Run(async () =>
        {
            while (_collector.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await _collector.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
                using var body = new MemoryStream();
                await ctx.Request.InputStream.CopyToAsync(body);
                _posts.Enqueue((ctx.Request.Url!.AbsolutePath, body.ToArray()));
                ctx.Response.StatusCode = 200;
                ctx.Response.ContentType = "application/x-protobuf";
                ctx.Response.Close();
            }
        });
    }

    public void Dispose()
    {
        _collector.Close();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Requests_database_commands_and_desk_queues_reach_the_collector()
    {
        var database = Path.Combine(Path.GetTempPath(), $"gongkai-otel-{Guid.NewGuid():N}.db");
        try
        {
            using (var app = await AppProcess.StartAsync(new Dictionary<string, string>
                   {
                       ["ConnectionStrings__Gongkai"] = $"Data Source={database}",
                       ["SampleData__Cases"] = "true",
                       ["SampleData__CaseCount"] = "20",
                       ["SampleData__Password"] = GongkaiFactory.Password,
                       ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _endpoint,
                       ["Telemetry__ExportIntervalMilliseconds"] = "500",
                       ["Telemetry__DeskRefreshSeconds"] = "1",
                   }))
            {
                using var api = app.Client();
                var login = await api.PostAsJsonAsync("api/auth/login", new { userName = "clerk", password = GongkaiFactory.Password });
                Assert.True(login.IsSuccessStatusCode);
                api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
                    System.Text.Json.Nodes.JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.ToString());
                Assert.True((await api.GetAsync("api/applications")).IsSuccessStatusCode);
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (DateTime.UtcNow < deadline && !(Has("/v1/metrics", "gongkai.desk.open_cases") && Has("/v1/traces", "/api/applications") && Has("/v1/logs", "gongkai-web")))
                    await Task.Delay(250);
            }
        }
        finally
        {
            foreach (var f in new[] { database, database + "-wal", database + "-shm" }) File.Delete(f);
        }

        Assert.True(Has("/v1/traces", "gongkai-web"), "no trace export named the service; posts: " + string.Join(", ", _posts.Select(p => $"{p.Path} {p.Body.Length}")));
        Assert.True(Has("/v1/traces", "/api/applications"), "the request's span was not exported");
        Assert.True(Has("/v1/traces", "sqlite"), "no database command span (EF Core) was exported");
        Assert.True(Has("/v1/metrics", "http.server.request.duration"), "ASP.NET Core's request metric was not exported");
        Assert.True(Has("/v1/metrics", "gongkai.desk.open_cases"), "the desk's queue gauge was not exported");
        Assert.True(Has("/v1/logs", "gongkai-web"), "no log record was exported");
    }

    private bool Has(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return _posts.Any(p => p.Path == path && p.Body.AsSpan().IndexOf(bytes) >= 0);
    }

    private static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
