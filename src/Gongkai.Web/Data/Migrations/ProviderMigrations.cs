using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gongkai.Web.Data.Migrations;

/// <summary>
/// One set of migrations per database: both live in this assembly, in the namespaces <c>…Migrations.Sqlite</c> and
/// <c>…Migrations.Postgres</c>, and the context sees only the set of the provider it runs on. (EF Core would otherwise
/// take every migration of the context, and the two providers' schemas differ: a GIN index, triggers in plpgsql.)
/// </summary>
public sealed class ProviderMigrations(ICurrentDbContext current) : IMigrationsAssembly
{
    private readonly string _namespace = NamespaceOf(current.Context);
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotRead;

    public static string NamespaceOf(DbContext context) =>
        typeof(ProviderMigrations).Namespace + "." + (context.Database.IsNpgsql() ? "Postgres" : "Sqlite");

    public Assembly Assembly => typeof(ProviderMigrations).Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Assembly.DefinedTypes
        .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && t.Namespace == _namespace
                    && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(GongkaiDb))
        .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
        .Where(m => m.Id is not null)
        .OrderBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(m => m.Id!, m => m.Type);

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (_snapshotRead) return _snapshot;
            var type = Assembly.DefinedTypes.SingleOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && t.Namespace == _namespace
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(GongkaiDb));
            _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type)!;
            _snapshotRead = true;
            return _snapshot;
        }
    }

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
                                             || string.Equals(id[(id.IndexOf('_') + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }
}
