#!/usr/bin/env bash
# Creates (or reuses) a streaming read replica of the local PostgreSQL server for the read-replica
# tests, and prints its URL on the last line of stdout.
#
#   PRIMARY   127.0.0.1:5432, user postgres, trust auth (PRIMARY_HOST / PRIMARY_PORT override)
#   REPLICA   a hot standby on 127.0.0.1:5433 (REPLICA_PORT), its data in
#             /tmp/stockroom-replica-<port>/ (REPLICA_DIR): outside the checkout, because when run as
#             root the server runs as `postgres`, which may not be able to enter the checkout's path
#
# Idempotent: a replica already running and streaming is reused; otherwise it is rebuilt with
# `pg_basebackup -R` and started with `pg_ctl`. The primary is never restarted: the only change it
# may need is a `replication` line in pg_hba.conf (trust, loopback), added once and loaded with
# pg_reload_conf(). Run as root, the server programs run as the `postgres` user (PostgreSQL refuses
# root); run as another user, they run as that user.
set -euo pipefail
cd "$(dirname "$0")/.."

PRIMARY_HOST="${PRIMARY_HOST:-127.0.0.1}"
PRIMARY_PORT="${PRIMARY_PORT:-5432}"
REPLICA_PORT="${REPLICA_PORT:-5433}"
ROOT="${REPLICA_DIR:-${TMPDIR:-/tmp}/stockroom-replica-$REPLICA_PORT}"
DATA="$ROOT/data"
LOG="$ROOT/server.log"
URL="postgres://postgres@127.0.0.1:${REPLICA_PORT}/test"

log() { echo "test-replica: $*" >&2; }

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/pg_ctl" ]; then
  bindir="$(pg_config --bindir)"
else
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ]; then bindir="$dir"; break; fi
  done
fi
[ -n "$bindir" ] || { log "pg_ctl not found (install the PostgreSQL server package)"; exit 1; }

# PostgreSQL's programs refuse to run as root: run them as `postgres` then.
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v runuser >/dev/null 2>&1; then as_pg=(runuser -u postgres --); else as_pg=(su postgres -s /bin/sh -c); fi
fi
pgrun() {
  if [ "${#as_pg[@]}" -eq 0 ]; then "$@";
  elif [ "${as_pg[0]}" = runuser ]; then "${as_pg[@]}" "$@";
  else "${as_pg[@]}" "$(printf '%q ' "$@")"; fi
}

psql_primary() { psql -X -q -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -d postgres -Atc "$1"; }
psql_replica() { psql -X -q -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d postgres -Atc "$1" 2>/dev/null; }

psql_primary 'SELECT 1' >/dev/null || { log "the primary at $PRIMARY_HOST:$PRIMARY_PORT does not answer"; exit 1; }
psql_primary "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 || psql_primary 'CREATE DATABASE test' >/dev/null

# Reuse a running replica that is in recovery and streaming from the primary.
if [ "$(psql_replica 'SELECT pg_is_in_recovery()')" = "t" ] &&
  [ "$(psql_replica "SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'")" = "1" ]; then
  log "reusing the replica on port $REPLICA_PORT"
  echo "$URL"
  exit 0
fi

# The primary must stream WAL to a hot standby and accept a replication connection from loopback.
wal_level="$(psql_primary 'SHOW wal_level')"
if [ "$wal_level" = "minimal" ]; then
  log "the primary runs with wal_level=minimal; set wal_level=replica and restart it (not done here)"
  exit 1
fi
[ "$(psql_primary 'SHOW max_wal_senders')" -gt 0 ] || { log "the primary has max_wal_senders=0"; exit 1; }
if ! psql -X -q "host=$PRIMARY_HOST port=$PRIMARY_PORT user=postgres replication=true" -Atc 'IDENTIFY_SYSTEM' >/dev/null 2>&1; then
  hba="$(psql_primary 'SHOW hba_file')"
  if [ ! -w "$hba" ]; then log "no replication entry in $hba and it is not writable here"; exit 1; fi
  log "adding a loopback replication entry to $hba (reload, no restart)"
  printf '\n# Added by scripts/test-replica.sh: streaming replication from loopback (tests)\nhost replication all 127.0.0.1/32 trust\n' >>"$hba"
  psql_primary 'SELECT pg_reload_conf()' >/dev/null
  for _ in $(seq 1 50); do
    psql -X -q "host=$PRIMARY_HOST port=$PRIMARY_PORT user=postgres replication=true" -Atc 'IDENTIFY_SYSTEM' >/dev/null 2>&1 && break
    sleep 0.2
  done
fi

# Stop whatever is left of an earlier replica, then build a fresh one.
if [ -f "$DATA/postmaster.pid" ]; then
  pgrun "$bindir/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
fi
rm -rf "$ROOT"
mkdir -p "$ROOT"
[ "${#as_pg[@]}" -eq 0 ] || chown postgres "$ROOT"
chmod 700 "$ROOT"
log "taking a base backup of $PRIMARY_HOST:$PRIMARY_PORT into $DATA"
pgrun "$bindir/pg_basebackup" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U postgres -D "$DATA" -R -X stream -c fast >&2

# Debian keeps the configuration outside the data directory: give the replica its own.
cat >"$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $REPLICA_PORT
unix_socket_directories = '$ROOT'
hot_standby = on
hot_standby_feedback = on
max_connections = $(psql_primary 'SHOW max_connections')
max_worker_processes = $(psql_primary 'SHOW max_worker_processes')
max_wal_senders = $(psql_primary 'SHOW max_wal_senders')
max_prepared_transactions = $(psql_primary 'SHOW max_prepared_transactions')
max_locks_per_transaction = $(psql_primary 'SHOW max_locks_per_transaction')
shared_buffers = 64MB
fsync = off
logging_collector = off
EOF
cat >"$DATA/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
EOF
rm -f "$DATA/postgresql.auto.conf.tmp"
[ "${#as_pg[@]}" -eq 0 ] || chown postgres "$DATA/postgresql.conf" "$DATA/pg_hba.conf"

log "starting the hot standby on port $REPLICA_PORT"
pgrun "$bindir/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >&2

for _ in $(seq 1 300); do
  if [ "$(psql_replica "SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'")" = "1" ]; then
    log "streaming"
    echo "$URL"
    exit 0
  fi
  sleep 0.2
done
log "the replica did not start streaming; see $LOG"
exit 1
