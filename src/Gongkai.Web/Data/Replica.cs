using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Data;

/// <summary>The options of the read replica's context, or null when reads go to the primary.</summary>
public sealed record ReplicaOptions(DbContextOptions<GongkaiDb>? Options)
{
    /// <summary>
    /// "ConnectionStrings:GongkaiRead": a PostgreSQL streaming replica (a hot standby) for the reads that may lag the
    /// primary by the replication delay. Empty: the primary serves them too.
    /// </summary>
    public static ReplicaOptions From(IConfiguration config)
    {
        var connection = config.GetConnectionString("GongkaiRead");
        if (string.IsNullOrWhiteSpace(connection)) return new ReplicaOptions(Options: null);
        if (Database.ProviderOf(config) != DatabaseProvider.Postgres)
            throw new InvalidOperationException("ConnectionStrings:GongkaiRead（只读副本）仅适用于 PostgreSQL（Database:Provider=postgres）");
        return new ReplicaOptions(new DbContextOptionsBuilder<GongkaiDb>()
            .UseNpgsql(connection)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options);
    }
}

/// <summary>
/// The context for reads that may lag: the public portal and the supervising office's dashboard, the heaviest
/// readers of a national deployment, which a standby can serve while the primary takes the imports and the desk's
/// writes. Everything that writes, or must read its own writes (the desk, collecting, the registry, the roll-up a
/// supervisor checks right after a filing), uses the primary's <see cref="GongkaiDb"/>.
/// </summary>
public sealed class Replica(GongkaiDb primary, ReplicaOptions options) : IDisposable
{
    private readonly GongkaiDb? _own = options.Options is { } o ? new GongkaiDb(o) : null;

    public GongkaiDb Db => _own ?? primary;

    public void Dispose() => _own?.Dispose();
}
