using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Web.Data.Migrations;

/// <summary>
/// The context as <c>dotnet ef</c> builds it to add a migration: <c>-- --provider sqlite|postgres</c> picks the set
/// (scripts/add-migration.sh adds one to both). No database is reached; the connection strings are placeholders.
/// </summary>
public sealed class DesignTimeDb : IDesignTimeDbContextFactory<GongkaiDb>
{
    public GongkaiDb CreateDbContext(string[] args)
    {
        var i = Array.IndexOf(args, "--provider");
        var provider = i >= 0 && i + 1 < args.Length ? args[i + 1] : "sqlite";
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Gongkai"] = Database.ProviderOf(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider }).Build()) == DatabaseProvider.Postgres
                ? "Host=localhost;Database=gongkai_design" : "Data Source=:memory:",
        }).Build();
        return new GongkaiDb((DbContextOptions<GongkaiDb>)Database.Configure(new DbContextOptionsBuilder<GongkaiDb>(), config).Options);
    }
}
