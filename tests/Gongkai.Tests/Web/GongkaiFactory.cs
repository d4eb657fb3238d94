using Gongkai.Web.Operations;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gongkai.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Gongkai.Tests.Web;

/// <summary>A clock stopped at one moment, so that due dates and "today" checks are reproducible.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>
/// The real application over a real database: a fresh SQLite file per factory, or PostgreSQL when
/// <paramref name="postgres"/> gives a connection string (a fresh database is created and dropped).
/// The demonstration users exist (password <see cref="Password"/>); generated cases only when asked.
/// <paramref name="database"/> names an existing database instead (a SQLite file or a PostgreSQL database under
/// <paramref name="postgres"/>'s server), which the factory then owns and deletes like its own.
/// </summary>
public sealed class GongkaiFactory(DateOnly today, bool sampleCases = false, string? postgres = null, IReadOnlyDictionary<string, string?>? settings = null,
    string? database = null) : WebApplicationFactory<Program>
{
    public const string Password = "Test-Password-2026";
    private readonly string _sqlite = postgres is null && database is not null ? database : Path.Combine(Path.GetTempPath(), $"gongkai-test-{Guid.NewGuid():N}.db");
    private readonly string? _postgres = postgres is null ? null : WithDatabase(postgres, database ?? $"gongkai_test_{Guid.NewGuid():N}");

    public FixedTime Time { get; } = new(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    public DateOnly Today => DateOnly.FromDateTime(Time.Now.UtcDateTime);

    /// <summary>Every log message the application writes at <see cref="RecordLogsFrom"/> or above (for the personal-data checks).</summary>
    public LogRecorder Logs { get; } = new();

    /// <summary>The level from which <see cref="Logs"/> records, whatever the configured levels; set before the first request.</summary>
    public LogLevel RecordLogsFrom { get; init; } = LogLevel.Warning;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Database:Provider"] = _postgres is null ? "sqlite" : "postgres",
            ["ConnectionStrings:Gongkai"] = _postgres ?? $"Data Source={_sqlite}",
            ["SampleData:Enabled"] = "true",
            ["SampleData:Cases"] = sampleCases ? "true" : "false",
            ["SampleData:Password"] = Password,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        builder.ConfigureLogging(l => l.AddProvider(Logs).AddFilter<LogRecorder>(null, RecordLogsFrom));
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>An API client signed in with a bearer token as one of the demonstration users.</summary>
    public async Task<HttpClient> ApiAs(string user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["accessToken"].ToString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public T With<T>(Func<GongkaiDb, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<GongkaiDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        if (_postgres is not null)
        {
            try { DropPostgres(_postgres); } catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException) { }
        }
        foreach (var f in new[] { _sqlite, _sqlite + "-wal", _sqlite + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }

    // A connect timeout of a minute (Npgsql's default is 15 s): a CI machine busy with the parallel tests can be slow to
    // answer, and a timeout there is not what these tests are about.
    internal static string WithDatabase(string connection, string database)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connection) { Database = database };
        b.Timeout = Math.Max(b.Timeout, 60);
        return b.ConnectionString;
    }

    internal static void DropPostgres(string connection)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        var name = b.Database;
        b.Database = "postgres";
        Npgsql.NpgsqlConnection.ClearAllPools();
        using var c = new Npgsql.NpgsqlConnection(b.ConnectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        // FORCE may not end an autovacuum worker of the new database (a superuser's process: 42501); it ends in moments.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                cmd.ExecuteNonQuery();
                return;
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == "42501" && attempt < 40)
            {
                Thread.Sleep(250);
            }
        }
    }
}

/// <summary>Records every message (with its exception, scopes left out) of every logger, for tests that read the log.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose() { }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The message, its structured values and the whole exception chain, as any sink could write them.
            var values = state is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(" ", kv.Select(p => $"{p.Key}={p.Value}")) : "";
            owner._lines.Enqueue($"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)} {values} {exception}");
        }
    }
}
