#!/usr/bin/env bash
# Provision a local PostgreSQL server for the integration tests (CI and dev).
#
#   eval "$(bash .ci/db/postgres.sh)"
#
# Installs the Debian "postgresql" package if the server is missing, makes sure
# a cluster "<ver> main" exists, listens on 127.0.0.1 and is running (started
# with pg_ctlcluster; no systemd needed), and that the login role
# newsroom/newsroom with CREATEDB exists and can log in over TCP with a
# password. Idempotent: a second run changes nothing.
#
# stdout carries ONLY the export line; everything else goes to stderr.
# Must run as root (CI runs as root).
set -euo pipefail

exec 3>&1 1>&2 # fd 3 = real stdout (exports only); stdout -> stderr

ROLE=newsroom
ROLE_PASSWORD=newsroom
WANT_PORT=5432
WAIT_SECONDS=${DB_WAIT_SECONDS:-60}

log() { printf '[postgres.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Do not let the caller's libpq environment redirect our own commands.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGPASSWORD PGDATABASE PGSERVICE PGSERVICEFILE \
      PGPASSFILE PGSSLMODE PGOPTIONS PGTARGETSESSIONATTRS 2>/dev/null || true
export PGCONNECT_TIMEOUT=5
# Clusters created by apt's postinst or by us get a UTF-8 encoding.
export LANG=C.UTF-8 LC_ALL=C.UTF-8

[ "$(id -u)" -eq 0 ] || die "must run as root (apt-get, pg_ctlcluster, runuser)"

APT_UPDATED=0
apt_update_once() {
  [ "$APT_UPDATED" -eq 1 ] && return 0
  APT_UPDATED=1
  log "apt-get update"
  # A source that cannot be reached (third-party repos without network) only
  # warns; do not abort here, the install below fails loudly if it must.
  # DPkg::Lock::Timeout does not cover the lists lock of "apt-get update":
  # wait for a concurrent update (e.g. the other .ci/db script) ourselves.
  local out deadline=$((SECONDS + 300))
  while :; do
    if out=$(apt-get -o DPkg::Lock::Timeout=300 -o Acquire::Retries=2 update 2>&1); then
      printf '%s\n' "$out" >&2; return 0
    fi
    printf '%s\n' "$out" >&2
    if grep -q 'Could not get lock' <<<"$out" && [ "$SECONDS" -lt "$deadline" ]; then
      log "apt lists are locked by another apt-get; waiting"; sleep 3; continue
    fi
    log "WARNING: apt-get update failed (continuing with the lists we have)"; return 0
  done
}
apt_install() {
  apt_update_once
  log "apt-get install -y $*"
  local try
  for try in 1 2 3; do
    # DPkg::Lock::Timeout waits for another apt/dpkg (e.g. unattended-upgrades)
    if DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 \
         install -y --no-install-recommends "$@" >&2; then
      return 0
    fi
    log "apt-get install failed (try $try/3), retrying in 5 s"
    sleep 5
  done
  die "apt-get install $* failed"
}

server_bin_versions() { # installed server major versions, highest first
  local f
  for f in /usr/lib/postgresql/*/bin/postgres; do
    [ -x "$f" ] && basename "$(dirname "$(dirname "$f")")"
  done | sort -rn
}

# --- 1. install ------------------------------------------------------------
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(server_bin_versions)" ]; then
  log "PostgreSQL server not installed"
  apt_install postgresql
fi
PG_VER=$(server_bin_versions | head -n1)
[ -n "$PG_VER" ] || die "no /usr/lib/postgresql/*/bin/postgres after install"
command -v pg_ctlcluster >/dev/null 2>&1 || die "pg_ctlcluster missing (postgresql-common)"
log "PostgreSQL server major version $PG_VER"
CLUSTER=main

# --- 2. cluster ------------------------------------------------------------
cluster_line() { pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VER" -v c="$CLUSTER" '$1==v && $2==c'; }
if [ -z "$(cluster_line)" ]; then
  log "creating cluster $PG_VER $CLUSTER (UTF8)"
  # No explicit port: pg_createcluster takes 5432 unless another cluster owns it.
  pg_createcluster --encoding=UTF8 --locale=C.UTF-8 "$PG_VER" "$CLUSTER" >&2
fi
[ -n "$(cluster_line)" ] || die "cluster $PG_VER/$CLUSTER not found after pg_createcluster"
PORT=$(cluster_line | awk '{print $3}')
[[ "$PORT" =~ ^[0-9]+$ ]] || die "cannot read port of cluster $PG_VER/$CLUSTER"
if [ "$PORT" != "$WANT_PORT" ]; then
  log "NOTE: cluster $PG_VER/$CLUSTER is configured for port $PORT (not $WANT_PORT); using $PORT"
fi

# listen_addresses must cover 127.0.0.1 (Debian default 'localhost' does).
NEED_RESTART=0
# pg_conftool prints the unquoted value, and fails when the setting is absent.
LISTEN=$(pg_conftool -s "$PG_VER" "$CLUSTER" show listen_addresses 2>/dev/null) \
  || LISTEN=localhost # absent: PostgreSQL's default
case ",${LISTEN// /}," in
  *,localhost,*|*,127.0.0.1,*|*,\*,*|*,0.0.0.0,*) : ;;
  *)
    log "listen_addresses is '$LISTEN'; setting it to 'localhost'"
    pg_conftool "$PG_VER" "$CLUSTER" set listen_addresses localhost >&2
    NEED_RESTART=1 ;;
esac

# Run a command that leaves a daemon behind with stdin/stdout/stderr and fd 3
# pointing away from our caller: otherwise the daemon inherits the pipe of
# $(bash postgres.sh) (or of "| tee" in CI) and the caller never sees EOF.
detached() {
  local out rc=0
  out=$(mktemp)
  "$@" </dev/null >"$out" 2>&1 3>&- || rc=$?
  cat "$out" >&2; rm -f "$out"
  return "$rc"
}

# --- 3. start --------------------------------------------------------------
cluster_status() { cluster_line | awk '{print $4}'; }
if [ "$(cluster_status)" = "online" ]; then
  if [ "$NEED_RESTART" -eq 1 ]; then
    log "restarting cluster $PG_VER/$CLUSTER"
    detached pg_ctlcluster "$PG_VER" "$CLUSTER" restart || die "could not restart PostgreSQL $PG_VER/$CLUSTER"
  else
    log "cluster $PG_VER/$CLUSTER already running"
  fi
else
  log "starting cluster $PG_VER/$CLUSTER"
  # pg_ctlcluster recreates /var/run/postgresql and handles stale pid files.
  detached pg_ctlcluster "$PG_VER" "$CLUSTER" start || {
    log "pg_ctlcluster start failed; last log lines:"
    tail -n 30 "/var/log/postgresql/postgresql-$PG_VER-$CLUSTER.log" >&2 2>/dev/null || true
    die "could not start PostgreSQL $PG_VER/$CLUSTER"
  }
fi

deadline=$((SECONDS + WAIT_SECONDS))
until pg_isready -q -h 127.0.0.1 -p "$PORT"; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    pg_isready -h 127.0.0.1 -p "$PORT" >&2 || true
    tail -n 30 "/var/log/postgresql/postgresql-$PG_VER-$CLUSTER.log" >&2 2>/dev/null || true
    die "PostgreSQL not accepting connections on 127.0.0.1:$PORT after ${WAIT_SECONDS}s"
  fi
  sleep 1
done
log "accepting connections on 127.0.0.1:$PORT"

# --- 4. role ---------------------------------------------------------------
as_postgres_psql() { # psql as superuser over the unix socket (peer auth)
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres "$@")
}
role_state=$(as_postgres_psql -tA -c \
  "select rolcanlogin::int::text || rolcreatedb::int::text from pg_roles where rolname = '$ROLE'")
case "$role_state" in
  "")
    log "creating role $ROLE (LOGIN CREATEDB)"
    as_postgres_psql -c "create role $ROLE login createdb password '$ROLE_PASSWORD'" ;;
  11) log "role $ROLE exists" ;;
  *)
    log "role $ROLE exists without LOGIN/CREATEDB; granting"
    as_postgres_psql -c "alter role $ROLE login createdb" ;;
esac

encoding=$(as_postgres_psql -tA -c "select pg_encoding_to_char(encoding) from pg_database where datname = 'template1'")
[ "$encoding" = "UTF8" ] || log "WARNING: template1 encoding is $encoding, not UTF8 (create test databases with ENCODING 'UTF8' TEMPLATE template0)"

tcp_login() {
  PGPASSWORD=$ROLE_PASSWORD psql -X -q -tA -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d postgres \
    -c 'select 1' 2>&1
}
if ! out=$(tcp_login) || [ "$out" != "1" ]; then
  log "password login over TCP failed: $out"
  log "resetting the password of $ROLE and allowing it (scram-sha-256) from 127.0.0.1 in pg_hba.conf"
  as_postgres_psql -c "alter role $ROLE password '$ROLE_PASSWORD'"
  HBA=$(as_postgres_psql -tA -c 'show hba_file')
  LINE="host    all             $ROLE        127.0.0.1/32            scram-sha-256"
  if ! grep -qF "$LINE" "$HBA"; then
    # First matching line wins: put ours at the top.
    { echo "$LINE"; cat "$HBA"; } > "$HBA.newsroom.tmp"
    chown --reference="$HBA" "$HBA.newsroom.tmp"; chmod --reference="$HBA" "$HBA.newsroom.tmp"
    mv "$HBA.newsroom.tmp" "$HBA"
  fi
  as_postgres_psql -c 'select pg_reload_conf()' >/dev/null
  sleep 1
  out=$(tcp_login) && [ "$out" = "1" ] || die "password login as $ROLE on 127.0.0.1:$PORT still fails: $out"
fi
log "verified: PGPASSWORD=$ROLE_PASSWORD psql -h 127.0.0.1 -p $PORT -U $ROLE -d postgres -c 'select 1'"

printf 'export DATABASE_CLIENT=postgres DATABASE_HOST=127.0.0.1 DATABASE_PORT=%s DATABASE_USERNAME=%s DATABASE_PASSWORD=%s DATABASE_ADMIN_DATABASE=postgres\n' \
  "$PORT" "$ROLE" "$ROLE_PASSWORD" >&3
