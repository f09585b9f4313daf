#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL store tests.
#
#   eval "$(scripts/ensure-postgres.sh start)"   # starts a cluster, exports NANOCLAW_TEST_POSTGRES
#   scripts/ensure-postgres.sh stop              # stops it and removes its directory
#
# start installs Debian's postgresql when no initdb/pg_ctl is found, creates a cluster in a new
# temporary directory (owned by the postgres user when run as root, since initdb refuses root),
# starts it listening only on a unix socket inside that directory (no TCP port, so parallel runs
# never collide), creates the database nanoclaw_test and prints two export lines on stdout:
#   NANOCLAW_TEST_POSTGRES      the Npgsql connection string
#   NANOCLAW_TEST_POSTGRES_DIR  the cluster directory, which stop removes
# Everything else goes to stderr, so the output is safe to eval.
# stop uses NANOCLAW_TEST_POSTGRES_DIR, or the directory given as its argument; it is a no-op when
# there is nothing to stop.
set -euo pipefail

readonly DB_NAME=nanoclaw_test
readonly PG_PORT=5432

log() { echo "ensure-postgres: $*" >&2; }

find_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

install_postgres() {
  if [[ "$(id -u)" != 0 ]]; then
    log "PostgreSQL is not installed and this is not root; install Debian's postgresql package first"
    exit 1
  fi
  log "installing Debian's postgresql"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
}

# Runs a command as the cluster's owner: postgres when we are root, else ourselves.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin dir
  bin=$(find_pg_bin) || { install_postgres; bin=$(find_pg_bin); }
  dir=$(mktemp -d "${TMPDIR:-/tmp}/nanoclaw-pg.XXXXXX")
  chmod 755 "$dir"
  mkdir -p "$dir/socket"
  if [[ "$(id -u)" == 0 ]]; then
    chown -R postgres:postgres "$dir"
  fi

  log "creating a cluster in $dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir/socket -p $PG_PORT" start >&2 \
    || { cat "$dir/postgres.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h "$dir/socket" -p "$PG_PORT" -U postgres "$DB_NAME" >&2

  log "PostgreSQL is up on the unix socket in $dir/socket"
  echo "export NANOCLAW_TEST_POSTGRES='Host=$dir/socket;Port=$PG_PORT;Database=$DB_NAME;Username=postgres'"
  echo "export NANOCLAW_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir=${1:-${NANOCLAW_TEST_POSTGRES_DIR:-}}
  if [[ -z "$dir" || ! -d "$dir" ]]; then
    log "no cluster to stop"
    return 0
  fi
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    local bin
    bin=$(find_pg_bin)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || log "pg_ctl stop failed; removing $dir anyway"
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop [dir]" >&2
    exit 2
    ;;
esac
