#!/bin/bash
# The replica: on first start, a base backup of the primary with a standby configuration (-R), then a hot standby.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_basebackup -h db -U replicator -D "$PGDATA" -Fp -Xs -R; do
    echo "waiting for the primary..."; rm -rf "${PGDATA:?}"/*; sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
