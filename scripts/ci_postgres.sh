#!/usr/bin/env bash
# Install and start a Debian PostgreSQL server for the store tests, then print the test database URL.
# Idempotent: safe to run again when the server is already installed, running, or the database exists.
# Runs as root (CI and developer machines); the server itself runs as the postgres user.
set -euo pipefail

DB_NAME="${DETENTE_TEST_DB:-detente_test}"
PORT="${DETENTE_TEST_PORT:-5432}"

setup() {
    if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq postgresql >/dev/null
    fi

    VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
        pg_createcluster "$VERSION" main --port "$PORT" >/dev/null
    fi
    if ! pg_lsclusters -h | awk '$1=="'"$VERSION"'" && $2=="main" {print $4}' | grep -q online; then
        # A server killed without shutting down (a machine image taken while it ran) leaves socket lock
        # files naming a dead process; the server refuses to start over them, so remove only those.
        for lock in /var/run/postgresql/.s.PGSQL.*.lock; do
            [ -e "$lock" ] || continue
            owner="$(head -n 1 "$lock" | tr -dc '0-9')"
            if [ -z "$owner" ] || ! kill -0 "$owner" 2>/dev/null; then rm -f "$lock"; fi
        done
        pg_ctlcluster "$VERSION" main start
    fi

    # Wait for the server to accept connections (a fresh cluster takes a moment).
    for _ in $(seq 1 30); do
        if su postgres -c "psql -p $PORT -qAtc 'SELECT 1'" >/dev/null 2>&1; then break; fi
        sleep 1
    done

    # Local tests connect over TCP loopback as the postgres role without a password: trust loopback only.
    HBA="$(su postgres -c "psql -p $PORT -qAtc 'SHOW hba_file'")"
    if ! grep -q "detente-test" "$HBA"; then
        sed -i '1i host all postgres 127.0.0.1/32 trust # detente-test\nhost all postgres ::1/128 trust # detente-test' "$HBA"
        su postgres -c "psql -p $PORT -qAtc 'SELECT pg_reload_conf()'" >/dev/null
    fi

    if ! su postgres -c "psql -p $PORT -qAtc \"SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'\"" | grep -q 1; then
        su postgres -c "createdb -p $PORT $DB_NAME"
    fi
}

# The caller reads the URL from stdout (DETENTE_TEST_POSTGRES="$(bash scripts/ci_postgres.sh)"), so the set-up
# runs with stdout sent to stderr: what the tools print (pg_ctlcluster's "Removed stale pid file.") and the
# server they start never write to, or hold open, the caller's pipe.
setup >&2 </dev/null

echo "postgresql://postgres@127.0.0.1:$PORT/$DB_NAME"
