using System.Net.Http.Json;
using Gongkai.Web.Data;
using Gongkai.Web.Data.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Gongkai.Tests.Web;

public sealed class MigrationsOnSqlite() : MigrationTests(postgres: null);

public sealed class MigrationsOnPostgres() : MigrationTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>
/// The schema is made and upgraded by the migrations of Data/Migrations: a new database gets all of them, and a
/// database of the release before migrations (stop 12, made by EnsureCreated: Fixtures/Upgrade, the sample agencies,
/// users, 120 cases and their audit log, filed reports) is adopted and upgraded with every row kept.
/// </summary>
public abstract class MigrationTests(string? postgres) : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static string FixtureDir => Path.Combine(SharedFiles.RepoRoot, "tests", "Gongkai.Tests", "Web", "Fixtures", "Upgrade");
    private readonly List<string> _made = [];

    public void Dispose()
    {
        foreach (var database in _made)
        {
            if (postgres is null)
                foreach (var f in new[] { database, database + "-wal", database + "-shm" }) File.Delete(f);
            else
                GongkaiFactory.DropPostgres(GongkaiFactory.WithDatabase(postgres, database));
        }
        GC.SuppressFinalize(this);
    }

    [DbFact]
    public void A_new_database_gets_every_migration_and_matches_the_model()
    {
        using var app = new GongkaiFactory(Today, postgres: postgres);
        app.With(db =>
        {
            Assert.Empty(db.Database.GetPendingMigrations());
            Assert.Contains(db.Database.GetAppliedMigrations(), id => id.EndsWith("_" + Baseline.Name, StringComparison.Ordinal));
            // A change to the entities without its migration (scripts/add-migration.sh) fails here.
            Assert.False(db.Database.HasPendingModelChanges(), "模型有改动但没有迁移：运行 scripts/add-migration.sh");
            return 0;
        });
    }

    /// <summary>
    /// Every migration runs inside its transaction, so a start stopped while migrating leaves the database as it was.
    /// SQLite's LawfulDesk had EF Core rebuild table Cases for a foreign key, with PRAGMA foreign_keys = 0, which cannot
    /// run in a transaction: EF Core warned at every first start (events 20410 and 30200), and a stop between the halves
    /// left columns added and no history row, so the next start failed.
    /// </summary>
    [DbFact]
    public async Task A_new_database_is_migrated_with_no_step_outside_its_transaction_and_keeps_the_repeat_key()
    {
        var name = postgres is null ? Path.Combine(Path.GetTempPath(), $"gongkai-mig-{Guid.NewGuid():N}.db") : $"gongkai_mig_{Guid.NewGuid():N}";
        if (postgres is not null) Execute("postgres", $"CREATE DATABASE \"{name}\"");
        _made.Add(name);
        var warnings = new WarningLog();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgres is null ? "sqlite" : "postgres",
            ["ConnectionStrings:Gongkai"] = Connection(name),
        }).Build();
        var options = Database.Configure(new DbContextOptionsBuilder<GongkaiDb>(), config)
            .UseLoggerFactory(LoggerFactory.Create(b => b.AddProvider(warnings).SetMinimumLevel(LogLevel.Warning)));
        await using (var db = new GongkaiDb((DbContextOptions<GongkaiDb>)options.Options))
        {
            await Database.MigrateAsync(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        // (A first start on PostgreSQL also logs the failed read of the history table it has not made yet: not a migration step.)
        Assert.DoesNotContain(warnings.Lines, l => l.StartsWith("Microsoft.EntityFrameworkCore.Migrations ", StringComparison.Ordinal));
        if (postgres is null)
        {
            using var c = new SqliteConnection($"Data Source={name};Pooling=False");
            c.Open();
            Assert.Contains("RepeatOfId Cases Id RESTRICT", Strings(c, "SELECT \"from\" || ' ' || \"table\" || ' ' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('Cases')"));
        }
    }

    private sealed class WarningLog : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);
        public void Dispose() { }

        private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {eventId.Id}: {formatter(state, exception)}");
        }
    }

    [DbFact]
    public async Task The_stop_12_database_upgrades_on_start_with_every_row_kept_and_the_new_schema()
    {
        var old = RestoreStop12();
        var before = await CountRowsAsync(old);
        Assert.Equal(120, before["Cases"]);

        using (var app = new GongkaiFactory(Today, postgres: postgres, database: old))
        {
            // The sample password of that release still signs in, and the desk lists the old cases.
            var client = app.CreateClient();
            var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk", password = "Gongkai-2026" });
            Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
            app.With(db =>
            {
                Assert.Empty(db.Database.GetPendingMigrations());
                Assert.False(db.Database.HasPendingModelChanges());
                return 0;
            });
            _made.Remove(old); // the factory owns it now
            var after = await CountRowsAsync(old);
            foreach (var (table, rows) in before)
                Assert.True(after.TryGetValue(table, out var now) && now >= rows, $"{table}: {rows} rows before the upgrade, {now} after");

            using var fresh = new GongkaiFactory(Today, postgres: postgres);
            Assert.Equal(Describe(fresh), Describe(app));
        }
    }

    [DbFact]
    public async Task The_migrate_command_upgrades_once_then_has_nothing_to_do()
    {
        var old = RestoreStop12();
        string[] args = ["migrate", $"--Database:Provider={(postgres is null ? "sqlite" : "postgres")}", $"--ConnectionStrings:Gongkai={Connection(old)}"];

        var output = new StringWriter();
        Assert.Equal(0, await MigrateCommand.RunAsync(args, output, output));
        Assert.Contains("已应用", output.ToString());

        var again = new StringWriter();
        Assert.Equal(0, await MigrateCommand.RunAsync(args, again, again));
        Assert.Contains("无需迁移", again.ToString());

        var list = new StringWriter();
        Assert.Equal(0, await MigrateCommand.RunAsync([args[0], "--list", .. args[1..]], list, list));
        Assert.DoesNotContain("待应用", list.ToString());
        Assert.Contains(Baseline.Name, list.ToString());
    }

    [DbFact]
    public async Task A_server_told_not_to_migrate_refuses_a_database_with_a_migration_missing()
    {
        var old = RestoreStop12();
        string[] args = ["migrate", $"--Database:Provider={(postgres is null ? "sqlite" : "postgres")}", $"--ConnectionStrings:Gongkai={Connection(old)}"];
        Assert.Equal(0, await MigrateCommand.RunAsync(args, TextWriter.Null, TextWriter.Null));
        // The newest migration's history row gone: to this release the database lacks that migration.
        Execute(old, "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\")");

        using var app = new GongkaiFactory(Today, postgres: postgres, database: old,
            settings: new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" });
        _made.Remove(old);
        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("请先运行 Gongkai.Web migrate", e.ToString());
    }

    private void Execute(string database, string sql)
    {
        using System.Data.Common.DbConnection c = postgres is null
            ? new SqliteConnection($"Data Source={database};Pooling=False")
            : new NpgsqlConnection(GongkaiFactory.WithDatabase(postgres, database));
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private string Connection(string database) => postgres is null
        ? $"Data Source={database}"
        : GongkaiFactory.WithDatabase(postgres, database);

    /// <summary>A copy of the stop-12 fixture in a database of this test's own.</summary>
    private string RestoreStop12()
    {
        if (postgres is null)
        {
            var file = Path.Combine(Path.GetTempPath(), $"gongkai-stop12-{Guid.NewGuid():N}.db");
            File.Copy(Path.Combine(FixtureDir, "stop12.sqlite"), file);
            _made.Add(file);
            return file;
        }
        var name = $"gongkai_stop12_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(GongkaiFactory.WithDatabase(postgres, "postgres")))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            create.ExecuteNonQuery();
        }
        _made.Add(name);
        using var c = new NpgsqlConnection(GongkaiFactory.WithDatabase(postgres, name));
        c.Open();
        using var cmd = c.CreateCommand();
        // pg_dump --inserts of the stop-12 sample database (psql's meta-commands removed).
        cmd.CommandText = File.ReadAllText(Path.Combine(FixtureDir, "stop12.postgres.sql"));
        cmd.CommandTimeout = 300;
        cmd.ExecuteNonQuery();
        return name;
    }

    private async Task<Dictionary<string, long>> CountRowsAsync(string database)
    {
        var counts = new Dictionary<string, long>();
        if (postgres is null)
        {
            await using var c = new SqliteConnection($"Data Source={database};Pooling=False");
            await c.OpenAsync();
            foreach (var table in Strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'"))
                counts[table] = Scalar(c, $"SELECT count(*) FROM \"{table}\"");
        }
        else
        {
            await using var c = new NpgsqlConnection(GongkaiFactory.WithDatabase(postgres, database));
            await c.OpenAsync();
            foreach (var table in Strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '__EF%'"))
                counts[table] = Scalar(c, $"SELECT count(*) FROM public.\"{table}\"");
        }
        return counts;
    }

    /// <summary>Every table, column, index, constraint, trigger and function of the database, as sorted text.</summary>
    private static string Describe(GongkaiFactory app) => app.With(db =>
    {
        var c = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        try
        {
            IEnumerable<string> lines = db.Database.IsNpgsql()
                ? Strings(c, """
                    SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '')
                      FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EF%'
                    UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EF%'
                    UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"__EF%'
                    UNION ALL SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
                    UNION ALL SELECT 'function ' || regexp_replace(pg_get_functiondef(p.oid), '\s+', ' ', 'g')
                      FROM pg_proc p WHERE pronamespace = 'public'::regnamespace
                    """)
                : Strings(c, """
                    SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master
                      WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'
                    """).Select(s => System.Text.RegularExpressions.Regex.Replace(s, @"\s+", " "));
            return string.Join("\n", lines.Order(StringComparer.Ordinal));
        }
        finally
        {
            db.Database.CloseConnection();
        }
    });

    private static List<string> Strings(System.Data.Common.DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    private static long Scalar(System.Data.Common.DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
