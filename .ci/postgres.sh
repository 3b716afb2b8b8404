#!/usr/bin/env bash
# Start a PostgreSQL server for the case index tests and print its URL on stdout (nothing else):
#
#   export INTAKE_TEST_POSTGRES_URL="$(bash .ci/postgres.sh)"
#   bash .ci/postgres.sh stop
#
# Installs Debian's `postgresql` with apt when no server binaries are found. The server gets its own
# data folder ($INTAKE_PG_DIR, default /tmp/scan-intake-pg), listens on 127.0.0.1:$INTAKE_PG_PORT
# (default 55432) only, with password authentication for TCP; it is started once and reused.
# All progress messages go to stderr.
set -euo pipefail

PORT="${INTAKE_PG_PORT:-55432}"
DIR="${INTAKE_PG_DIR:-/tmp/scan-intake-pg}"
DB_USER="intake"
DB_PASS="intake-test"
DB_NAME="intake_test"

say() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$d" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

BIN="$(find_bin || true)"
if [ -z "$BIN" ]; then
  if [ "$(id -u)" != 0 ]; then
    say "no PostgreSQL server found and not root: install Debian's 'postgresql' package first"; exit 1
  fi
  say "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN="$(find_bin)"
fi

# the server refuses to run as root: run it as the 'postgres' system user then
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

if [ "${1:-start}" = "stop" ]; then
  if [ -f "$DIR/PG_VERSION" ]; then as_pg "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >&2 || true; fi
  exit 0
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
  say "creating a database cluster in $DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  chmod 700 "$DIR"
  as_pg "$BIN/initdb" -D "$DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  say "starting the server on 127.0.0.1:$PORT"
  as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >&2 \
    || { say "the server did not start; its log:"; tail -n 30 "$DIR/server.log" >&2; exit 1; }
fi

psql_pg() { as_pg "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_pg -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'")" != 1 ]; then
  psql_pg -d postgres -c "CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASS'" >&2
fi
if [ "$(psql_pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'")" != 1 ]; then
  psql_pg -d postgres -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >&2
fi

echo "postgresql+psycopg://$DB_USER:$DB_PASS@127.0.0.1:$PORT/$DB_NAME"
