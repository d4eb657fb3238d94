using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Gongkai.Web.Data;

/// <summary>A backup that cannot be made or a file that cannot be restored; the message says which file and why.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// <c>backup &lt;file&gt;</c> and <c>restore &lt;file&gt;</c>, run before the web host starts (see Program.cs).
/// SQLite: the online backup API (a consistent snapshot while the application keeps running, WAL included); a restore
/// copies the checked backup into the live database with the same API, after copying the current database aside.
/// PostgreSQL: <c>pg_dump -Fc</c> and <c>pg_restore --clean --single-transaction</c> (both must be on PATH; Debian's
/// postgresql-client provides them), so a failed restore leaves the database as it was.
/// </summary>
public static class Backup
{
    /// <summary>Tables every Gongkai database has; a file without them is not a Gongkai backup.</summary>
    public static readonly string[] ExpectedTables = ["Agencies", "Cases", "Audit", "AspNetUsers", "FiledReports", "ReportDrafts"];

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "backup" or "restore";

    /// <summary>Runs the command with the application's own configuration (appsettings, environment, command line).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            await Console.Error.WriteLineAsync("用法：Gongkai.Web backup <备份文件> | restore <备份文件>");
            return 2;
        }
        var config = WebApplication.CreateBuilder(args[2..]).Configuration;
        try
        {
            var message = args[0] == "backup" ? await CreateAsync(config, args[1]) : await RestoreAsync(config, args[1]);
            Console.WriteLine(message);
            return 0;
        }
        catch (BackupException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    /// <summary>Writes a backup of the configured database to <paramref name="file"/>; returns what was done.</summary>
    public static async Task<string> CreateAsync(IConfiguration config, string file, CancellationToken ct = default)
    {
        file = Path.GetFullPath(file);
        var temp = file + ".partial";
        Delete(temp);
        if (Database.ProviderOf(config) == DatabaseProvider.Postgres)
        {
            try
            {
                await PgAsync("pg_dump", config, ["--format=custom", "--no-owner", "--file", temp], ct);
                await CheckPostgresAsync(temp, file, config, ct);
            }
            catch
            {
                Delete(temp);
                throw;
            }
        }
        else
        {
            var source = SqliteFile(config);
            if (!File.Exists(source)) throw new BackupException($"数据库文件“{source}”不存在，无法备份");
            // The copy carries the source's WAL flag; a single-file backup is easier to move and to check.
            Copy(source, temp, journalMode: "DELETE");
            CheckSqlite(temp, file);
        }
        File.Move(temp, file, overwrite: true);
        return $"已备份到“{file}”";
    }

    /// <summary>
    /// Restores <paramref name="file"/> over the configured database, once it has passed the checks; the current
    /// database is first saved next to it (SQLite) or next to the backup (PostgreSQL). Returns what was done.
    /// Stop the application first (or restart it afterwards): its caches still hold what they read before.
    /// </summary>
    public static async Task<string> RestoreAsync(IConfiguration config, string file, CancellationToken ct = default)
    {
        file = Path.GetFullPath(file);
        if (!File.Exists(file)) throw new BackupException($"备份文件“{file}”不存在");
        var stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        if (Database.ProviderOf(config) == DatabaseProvider.Postgres)
        {
            await CheckPostgresAsync(file, file, config, ct);
            var aside = Path.Combine(Path.GetDirectoryName(file)!, $"gongkai-before-restore-{stamp}.dump");
            await PgAsync("pg_dump", config, ["--format=custom", "--no-owner", "--file", aside], ct);
            await PgAsync("pg_restore", config, ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", DatabaseName(config), file], ct);
            return $"已从“{file}”恢复；恢复前的数据库另存为“{aside}”";
        }
        CheckSqlite(file, file);
        var target = SqliteFile(config);
        string? kept = null;
        if (File.Exists(target))
        {
            kept = $"{target}.before-restore-{stamp}";
            Copy(target, kept, journalMode: null);
        }
        // The backup API writes the whole copy in one transaction on the live database: other connections see the
        // old or the new database, never a mixture, and a stale -wal file cannot be replayed over it.
        Copy(file, target, journalMode: "WAL");
        return kept is null ? $"已从“{file}”恢复" : $"已从“{file}”恢复；恢复前的数据库另存为“{kept}”";
    }

    /// <summary>SQLite's online backup of one database file into another, then the copy's journal mode if given.</summary>
    private static void Copy(string source, string target, string? journalMode)
    {
        using var from = Open(source, SqliteOpenMode.ReadOnly);
        using var to = Open(target, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
        if (journalMode is null) return;
        using var cmd = to.CreateCommand();
        cmd.CommandText = $"PRAGMA journal_mode = {journalMode}";
        cmd.ExecuteNonQuery();
    }

    /// <summary>The SQLite file of the connection string (the default as in <see cref="Database.Configure"/>).</summary>
    public static string SqliteFile(IConfiguration config)
    {
        var connection = config.GetConnectionString("Gongkai");
        var b = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connection) ? "Data Source=gongkai.db" : connection);
        if (string.IsNullOrWhiteSpace(b.DataSource) || b.DataSource == ":memory:" || b.Mode == SqliteOpenMode.Memory)
            throw new BackupException("内存数据库无法备份或恢复");
        return Path.GetFullPath(b.DataSource);
    }

    // Pooling off: a pooled connection would keep the backup file open after the command.
    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    /// <summary>A readable SQLite database that passes integrity_check, with Gongkai's tables and the audit log's triggers.</summary>
    private static void CheckSqlite(string path, string named)
    {
        try
        {
            using var c = Open(path, SqliteOpenMode.ReadOnly);
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA integrity_check";
            var result = new List<string>();
            using (var r = cmd.ExecuteReader())
                while (r.Read()) result.Add(r.GetString(0));
            if (result is not ["ok"])
                throw new BackupException($"“{named}”不是完好的 Gongkai 备份：数据库完整性检查未通过（{string.Join("；", result.Take(3))}）");
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')";
            var names = new HashSet<string>(StringComparer.Ordinal);
            using (var r = cmd.ExecuteReader())
                while (r.Read()) names.Add(r.GetString(0));
            var missing = ExpectedTables.Concat(["audit_no_update", "audit_no_delete"]).Where(t => !names.Contains(t)).ToList();
            if (missing.Count > 0)
                throw new BackupException($"“{named}”不是 Gongkai 备份：缺少 {string.Join("、", missing)}");
        }
        catch (SqliteException e)
        {
            throw new BackupException($"“{named}”不是 Gongkai 备份：无法作为 SQLite 数据库读取（{e.SqliteErrorCode}）");
        }
    }

    /// <summary>pg_restore can read the archive and it has Gongkai's tables and the audit trigger.</summary>
    private static async Task CheckPostgresAsync(string path, string named, IConfiguration config, CancellationToken ct)
    {
        string list;
        try { list = await PgAsync("pg_restore", config, ["--list", path], ct, connect: false); }
        catch (BackupException) { throw new BackupException($"“{named}”不是 Gongkai 备份：pg_restore 无法读取（须为 pg_dump -Fc 格式）"); }
        var missing = ExpectedTables.Where(t => !list.Contains($" TABLE public {t} ", StringComparison.Ordinal)).ToList();
        if (!list.Contains(" TRIGGER public Audit audit_no_change ", StringComparison.Ordinal)) missing.Add("audit_no_change");
        if (missing.Count > 0) throw new BackupException($"“{named}”不是 Gongkai 备份：缺少 {string.Join("、", missing)}");
    }

    private static string DatabaseName(IConfiguration config) =>
        new Npgsql.NpgsqlConnectionStringBuilder(config.GetConnectionString("Gongkai")).Database
        ?? throw new BackupException("ConnectionStrings:Gongkai 未指定数据库（Database=…）");

    /// <summary>Runs a PostgreSQL client tool; the connection goes through PG* variables, so the password is never on a command line.</summary>
    private static async Task<string> PgAsync(string tool, IConfiguration config, string[] args, CancellationToken ct, bool connect = true)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        if (connect)
        {
            var b = new Npgsql.NpgsqlConnectionStringBuilder(config.GetConnectionString("Gongkai"));
            if (b.Host is { } host) start.Environment["PGHOST"] = host;
            start.Environment["PGPORT"] = b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (b.Username is { } user) start.Environment["PGUSER"] = user;
            if (b.Password is { } password) start.Environment["PGPASSWORD"] = password;
            if (b.Database is { } db) start.Environment["PGDATABASE"] = db;
            if (tool == "pg_dump") start.ArgumentList.Add(b.Database ?? "");
        }
        Process process;
        try { process = Process.Start(start) ?? throw new BackupException($"无法启动 {tool}"); }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupException($"找不到 {tool}：PostgreSQL 的备份与恢复需要 PATH 中有 pg_dump 和 pg_restore（Debian：apt-get install postgresql-client）");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
                throw new BackupException($"{tool} 失败（退出码 {process.ExitCode}）：{(await error).Trim()}");
            return await output;
        }
    }

    private static void Delete(string path)
    {
        try { File.Delete(path); } catch (IOException) { }
    }
}
