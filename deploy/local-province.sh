#!/usr/bin/env bash
# The province's topology of compose.yaml without containers, on one Debian machine (as root): a PostgreSQL primary and
# a streaming replica made by pg_basebackup (two clusters of Debian's postgresql), the schema upgraded by `migrate`,
# two Gongkai servers that may not migrate, and nginx in front — every command of docs/deployment.md, run for real.
#   deploy/local-province.sh up      start it all (sample data in the database), print the address
#   deploy/local-province.sh check   sign in, write through one server, read through the other and from the replica
#   deploy/local-province.sh down    stop it all and remove the clusters
# Ports: primary 5433, replica 5434, servers 8081 and 8082, nginx 8080. Needs postgresql, nginx, curl, python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
state=${GONGKAI_PROVINCE_DIR:-/tmp/gongkai-province}
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
password=gongkai
dsn_primary="Host=127.0.0.1;Port=5433;Username=gongkai;Password=$password;Database=gongkai"
dsn_replica="Host=127.0.0.1;Port=5434;Username=gongkai;Password=$password;Database=gongkai"
as_postgres() { runuser -u postgres -- "$@"; }
wait_for() { for _ in $(seq 240); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; return 1; }

up() {
  mkdir -p "$state"
  # 1. The primary: a cluster of its own, a role for the application and one for replication.
  pg_createcluster "$version" gk-primary -p 5433 >/dev/null
  echo "host replication replicator 127.0.0.1/32 scram-sha-256" >> "/etc/postgresql/$version/gk-primary/pg_hba.conf"
  pg_ctlcluster "$version" gk-primary start
  as_postgres psql -p 5433 -v ON_ERROR_STOP=1 -qc "CREATE ROLE gongkai LOGIN PASSWORD '$password'" \
    -c "CREATE DATABASE gongkai OWNER gongkai" -c "CREATE ROLE replicator REPLICATION LOGIN PASSWORD 'replicator'"
  # 2. The replica: a base backup of the primary with a standby configuration (-R), started as a hot standby.
  pg_createcluster "$version" gk-replica -p 5434 >/dev/null
  local data=/var/lib/postgresql/$version/gk-replica
  rm -rf "${data:?}"/*
  as_postgres env PGPASSWORD=replicator pg_basebackup -h 127.0.0.1 -p 5433 -U replicator -D "$data" -Xs -R
  pg_ctlcluster "$version" gk-replica start
  # 3. The application, built once; the schema upgraded before any server starts.
  dotnet build "$root/src/Gongkai.Web" -c Release -v q -nologo >/dev/null
  local dll=$root/src/Gongkai.Web/bin/Release/net10.0/Gongkai.Web.dll
  local common=(Database__Provider=postgres "ConnectionStrings__Gongkai=$dsn_primary" "ConnectionStrings__GongkaiRead=$dsn_replica"
    ASPNETCORE_ENVIRONMENT=Production ForwardedHeaders__KnownProxies=127.0.0.1 Logging__Console__FormatterName=json)
  env "${common[@]}" dotnet "$dll" migrate
  # 4. Two servers that may not migrate; the first one fills in the sample office before the second starts.
  for n in 1 2; do
    (cd "$root/src/Gongkai.Web" && exec env "${common[@]}" Database__MigrateOnStart=false ASPNETCORE_URLS=http://127.0.0.1:808$n \
      SampleData__Enabled=$([ $n = 1 ] && echo true || echo false) SampleData__Cases=true \
      dotnet "$dll" >"$state/web$n.log" 2>&1) &
    echo $! > "$state/web$n.pid"
    wait_for http://127.0.0.1:808$n/health/ready
  done
  # 5. nginx in front of both, least connections.
  sed -e 's/web1:8080/127.0.0.1:8081/; s/web2:8080/127.0.0.1:8082/; s/listen 80;/listen 8080;/' "$root/deploy/nginx.conf" > "$state/site.conf"
  cat > "$state/nginx.conf" <<CONF
pid $state/nginx.pid;
error_log $state/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; include $state/site.conf; }
CONF
  nginx -c "$state/nginx.conf"
  wait_for http://127.0.0.1:8080/Account/Login
  echo "Gongkai（两台服务器、主库与只读副本）：http://127.0.0.1:8080"
}

check() {
  local web=http://127.0.0.1:8080 token number seen=0
  token=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"clerk","password":"Gongkai-2026"}' "$web/api/auth/login" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
  number=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$web/api/applications" -d "{\"channel\":\"InPerson\",\"submitted\":\"$(date +%F)\",\"applicantKind\":\"NaturalPerson\",\"applicantName\":\"部署检查\",\"informationRequested\":\"部署检查\"}" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["number"])')
  # Through each server directly: both list the new case at once.
  for port in 8081 8082; do
    curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/applications?open=true" | grep -q "\"$number\"" \
      && seen=$((seen + 1)) || echo "server $port does not list $number" >&2
  done
  # The replica replays the primary: the same case is there within moments.
  for _ in $(seq 50); do
    [ "$(runuser -u postgres -- psql -p 5434 -d gongkai -tAc "SELECT count(*) FROM \"Cases\" WHERE \"Number\" = '$number'")" = 1 ] && break
    sleep 0.1
  done
  local replicated; replicated=$(runuser -u postgres -- psql -p 5434 -d gongkai -tAc "SELECT count(*) FROM \"Cases\" WHERE \"Number\" = '$number'")
  local standby; standby=$(runuser -u postgres -- psql -p 5434 -tAc "SELECT pg_is_in_recovery()")
  echo "case $number: listed by $seen of 2 servers; on the replica: $replicated; replica in recovery: $standby"
  [ "$seen" = 2 ] && [ "$replicated" = 1 ] && [ "$standby" = t ]
}

down() {
  [ -f "$state/nginx.pid" ] && nginx -c "$state/nginx.conf" -s stop || true
  for n in 1 2; do [ -f "$state/web$n.pid" ] && kill "$(cat "$state/web$n.pid")" 2>/dev/null || true; done
  for c in gk-replica gk-primary; do pg_dropcluster --stop "$version" "$c" 2>/dev/null || true; done
  rm -rf "$state"
}

case "${1:-}" in
  up) up ;;
  check) check ;;
  down) down ;;
  *) echo "usage: deploy/local-province.sh up|check|down" >&2; exit 2 ;;
esac
