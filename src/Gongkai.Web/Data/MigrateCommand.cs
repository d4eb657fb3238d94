using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Data;

/// <summary>
/// <c>migrate</c>: brings the configured database to this release's schema and exits, without starting the web
/// host — the upgrade step of a deployment whose servers start with <c>Database:MigrateOnStart=false</c>
/// (docs/deployment.md). <c>migrate --list</c> shows each migration and whether it is applied.
/// </summary>
public static class MigrateCommand
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "migrate";

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var list = args.Length > 1 && args[1] == "--list";
        var config = WebApplication.CreateBuilder(args[(list ? 2 : 1)..]).Configuration;
        try
        {
            await using var db = new GongkaiDb((DbContextOptions<GongkaiDb>)Database.Configure(new DbContextOptionsBuilder<GongkaiDb>(), config).Options);
            if (list)
            {
                var applied = (await db.Database.GetAppliedMigrationsAsync()).ToHashSet();
                foreach (var id in db.Database.GetMigrations())
                    output.WriteLine($"{(applied.Contains(id) ? "已应用" : "待应用")}  {id}");
                return 0;
            }
            var pending = await Database.PendingMigrationsAsync(db);
            await Database.MigrateAsync(db);
            output.WriteLine(pending.Count == 0 ? "数据库已是最新结构，无需迁移" : $"已应用 {pending.Count} 个迁移：{string.Join("、", pending)}");
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            await error.WriteLineAsync($"迁移失败：{e.Message}");
            return 1;
        }
    }
}
