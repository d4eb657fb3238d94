#!/usr/bin/env bash
# Adds a migration NAME to both sets (SQLite and PostgreSQL) after a change to the model (Data/GongkaiDb.cs,
# Data/Entities.cs), e.g. scripts/add-migration.sh AddFees. Needs the dotnet-ef tool of dotnet-tools.json
# (`dotnet tool restore`). Review both generated files: raw SQL (triggers, functions) is written by hand.
# EF Core names both snapshots GongkaiDbModelSnapshot and looks for that file anywhere in the project, so the other
# set's snapshot is set aside while one set is scaffolded.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: scripts/add-migration.sh NAME" >&2; exit 2; }
dotnet tool restore >/dev/null
web=src/Gongkai.Web
dir=$web/Data/Migrations
for set in Sqlite Postgres; do
  other=$([ "$set" = Sqlite ] && echo Postgres || echo Sqlite)
  hidden=""
  if [ -f "$dir/$other/GongkaiDbModelSnapshot.cs" ]; then
    hidden="$dir/$other/GongkaiDbModelSnapshot.cs"
    mv "$hidden" "$hidden.aside"
  fi
  trap '[ -n "$hidden" ] && [ -f "$hidden.aside" ] && mv "$hidden.aside" "$hidden"' EXIT
  dotnet ef migrations add "$1" --project "$web" --output-dir "Data/Migrations/$set" \
    --namespace "Gongkai.Web.Data.Migrations.$set" -- --provider "${set,,}"
  # A first snapshot lands in a folder named after its namespace; keep it beside its migrations.
  found=$(find "$web" -name GongkaiDbModelSnapshot.cs -not -path "*/bin/*" -not -path "*/obj/*" -not -path "$dir/$other/*")
  if [ "$found" != "$dir/$set/GongkaiDbModelSnapshot.cs" ]; then
    mv "$found" "$dir/$set/GongkaiDbModelSnapshot.cs"
    find "$web/Gongkai" -type d -empty -delete 2>/dev/null || true
  fi
  [ -n "$hidden" ] && mv "$hidden.aside" "$hidden"
  hidden=""
done
echo "added $1 to $dir/Sqlite and $dir/Postgres"
