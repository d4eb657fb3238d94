using System.Data.Common;
using System.Net.Http.Json;
using Gongkai.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web;

public sealed class BackupOnSqlite() : BackupTests(postgres: null);

/// <summary>The same on PostgreSQL: needs pg_dump and pg_restore on PATH (Debian: postgresql-client).</summary>
public sealed class BackupOnPostgres() : BackupTests(TestPostgres.ConnectionString), IOnPostgres;

/// <summary>`backup` and `restore`: back to the backup point, the audit log still append-only, a bad file refused.</summary>
public abstract class BackupTests : IDisposable
{
    private readonly GongkaiFactory _app;
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-backup-").FullName;

    protected BackupTests(string? postgres) => _app = new GongkaiFactory(new DateOnly(2020, 9, 28), postgres: postgres);

    public void Dispose()
    {
        var sqlite = Config["Database:Provider"] == "sqlite" ? Backup.SqliteFile(Config) : null;
        _app.Dispose();
        if (sqlite is not null)
            foreach (var aside in Directory.GetFiles(Path.GetDirectoryName(sqlite)!, Path.GetFileName(sqlite) + ".before-restore-*"))
                File.Delete(aside);
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    private IConfiguration Config => _app.Services.GetRequiredService<IConfiguration>();

    private async Task RegisterAsync(int count)
    {
        var api = await _app.ApiAs("clerk");
        for (var i = 0; i < count; i++)
        {
            var r = await api.PostAsJsonAsync("/api/applications", new
            {
                channel = "InPerson", submitted = "2020-09-28", applicantKind = "NaturalPerson", applicantName = $"申请人{i}",
                idNumber = "110101199001011234", informationRequested = $"某文件{i}",
            });
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }
    }

    private (string[] Numbers, int Audit) State() =>
        _app.With(db => (db.Cases.OrderBy(c => c.Id).Select(c => c.Number).ToArray(), db.Audit.Count()));

    [DbFact]
    public async Task Restore_returns_to_the_backup_point_and_the_audit_log_stays_append_only()
    {
        await RegisterAsync(2);
        var file = Path.Combine(_dir, "gongkai.backup");
        Assert.Contains("已备份到", await Backup.CreateAsync(Config, file));
        var atBackup = State();
        await RegisterAsync(1);
        Assert.Equal(atBackup.Numbers.Length + 1, State().Numbers.Length);

        var message = await Backup.RestoreAsync(Config, file);
        Assert.Contains("恢复前的数据库另存为", message);
        var restored = State();
        Assert.Equal(atBackup.Numbers, restored.Numbers);
        Assert.Equal(atBackup.Audit, restored.Audit);
        // The audit log's triggers came back with it.
        Assert.ThrowsAny<DbException>(() => _app.With(db => db.Database.ExecuteSqlRaw("UPDATE \"Audit\" SET \"Detail\" = 'rewritten'")));
        Assert.ThrowsAny<DbException>(() => _app.With(db => db.Database.ExecuteSqlRaw("DELETE FROM \"Audit\"")));
        // The application goes on working over the restored database: the next case takes the next number.
        await RegisterAsync(1);
        Assert.Equal(atBackup.Numbers.Length + 1, State().Numbers.Length);
    }

    [DbFact]
    public async Task A_garbage_or_truncated_backup_is_refused_naming_the_file_and_the_database_is_untouched()
    {
        await RegisterAsync(2);
        var before = State();
        var garbage = Path.Combine(_dir, "garbage.backup");
        await File.WriteAllBytesAsync(garbage, [.. Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7919 % 251))]);
        var e = await Assert.ThrowsAsync<BackupException>(() => Backup.RestoreAsync(Config, garbage));
        Assert.Contains($"“{garbage}”", e.Message);
        Assert.Contains("不是", e.Message);

        var good = Path.Combine(_dir, "good.backup");
        await Backup.CreateAsync(Config, good);
        var bytes = await File.ReadAllBytesAsync(good);
        var truncated = Path.Combine(_dir, "truncated.backup");
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);
        await RegisterAsync(1);
        var current = State();
        var t = await Assert.ThrowsAsync<BackupException>(() => Backup.RestoreAsync(Config, truncated));
        Assert.Contains("truncated.backup", t.Message);
        var after = State();
        Assert.Equal(current.Numbers, after.Numbers);
        Assert.Equal(current.Audit, after.Audit);
        Assert.Equal(before.Numbers.Length + 1, after.Numbers.Length);
        // A readable database that is not Gongkai's is refused too (SQLite), as is any other archive (PostgreSQL).
        var other = Path.Combine(_dir, "other.db");
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={other};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT); INSERT INTO Notes (Text) VALUES ('别的程序的数据库')";
            cmd.ExecuteNonQuery();
        }
        Assert.Contains("不是 Gongkai 备份", (await Assert.ThrowsAsync<BackupException>(() => Backup.RestoreAsync(Config, other))).Message);
        Assert.Equal(current.Numbers, State().Numbers);
    }

    [DbFact]
    public async Task The_command_line_backs_up_and_refuses_a_file_that_is_no_backup()
    {
        await RegisterAsync(1);
        var settings = new[]
        {
            $"--Database:Provider={Config["Database:Provider"]}", $"--ConnectionStrings:Gongkai={Config.GetConnectionString("Gongkai")}",
        };
        var file = Path.Combine(_dir, "cli.backup");
        Assert.Equal(0, await Backup.RunAsync(["backup", file, .. settings]));
        Assert.True(new FileInfo(file).Length > 0);
        var note = Path.Combine(_dir, "note.txt");
        await File.WriteAllTextAsync(note, "不是备份");
        Assert.Equal(1, await Backup.RunAsync(["restore", note, .. settings]));
        Assert.Equal(2, await Backup.RunAsync(["restore"]));
        Assert.Single(State().Numbers);
    }
}
