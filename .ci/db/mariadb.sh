#!/usr/bin/env bash
# Provision a local MariaDB server for the integration tests (CI and dev).
#
#   eval "$(bash .ci/db/mariadb.sh)"
#
# Installs the Debian "mariadb-server" package if the server is missing, makes
# sure it uses utf8mb4 and listens on 127.0.0.1, starts it (service mariadb
# start, or mariadbd-safe in the background where there is no "service"), and
# creates newsroom@127.0.0.1 and newsroom@localhost (password newsroom) with
# ALL PRIVILEGES on `newsroom\_%`.* (plus SELECT on mysql.time_zone_name, so
# that it may connect to DATABASE_ADMIN_DATABASE=mysql).
# Idempotent: a second run changes nothing.
#
# stdout carries ONLY the export line; everything else goes to stderr.
# Must run as root (root reaches the server through the unix socket).
set -euo pipefail

exec 3>&1 1>&2 # fd 3 = real stdout (exports only); stdout -> stderr

DB_USER=newsroom
DB_PASSWORD=newsroom
WANT_PORT=3306
WAIT_SECONDS=${DB_WAIT_SECONDS:-60}
CONF_FILE=/etc/mysql/mariadb.conf.d/99-newsroom-ci.cnf
FALLBACK_LOG=/var/log/mysql/newsroom-ci-error.log

log() { printf '[mariadb.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Do not let the caller's client environment redirect our own commands.
unset MYSQL_HOST MYSQL_TCP_PORT MYSQL_UNIX_PORT MYSQL_PWD MYSQL_TEST_LOGIN_FILE 2>/dev/null || true

[ "$(id -u)" -eq 0 ] || die "must run as root (apt-get, service, unix-socket root login)"

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

first_cmd() { # first of the given commands that exists (PATH or /usr/sbin)
  local c
  for c in "$@"; do
    if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return 0; fi
    if [ -x "/usr/sbin/$c" ]; then echo "/usr/sbin/$c"; return 0; fi
  done
  return 1
}

# Run a command that leaves a daemon behind with stdin/stdout/stderr and fd 3
# pointing away from our caller: otherwise the daemon inherits the pipe of
# $(bash mariadb.sh) (or of "| tee" in CI) and the caller never sees EOF.
detached() {
  local out rc=0
  out=$(mktemp)
  "$@" </dev/null >"$out" 2>&1 3>&- || rc=$?
  cat "$out" >&2; rm -f "$out"
  return "$rc"
}

# --- 1. install ------------------------------------------------------------
if ! SERVER_BIN=$(first_cmd mariadbd mysqld); then
  log "MariaDB server not installed"
  apt_install mariadb-server
  SERVER_BIN=$(first_cmd mariadbd mysqld) || die "mariadbd/mysqld missing after install"
fi
CLIENT=$(first_cmd mariadb mysql) || die "mariadb/mysql client missing"
ADMIN=$(first_cmd mariadb-admin mysqladmin) || die "mariadb-admin/mysqladmin missing"
log "server: $("$SERVER_BIN" --version 2>/dev/null || echo "$SERVER_BIN")"

# --- 2. configuration (before start) ---------------------------------------
server_opt() { # last value of --NAME in the options the server will read
  local name=$1
  my_print_defaults --mysqld 2>/dev/null \
    | sed -n "s/^--${name}=//p; s/^--${name//-/_}=//p" | tail -n1
}
server_flag() { # prints 1 if --NAME (or --NAME=1/ON/TRUE) is the last setting
  local name=$1
  my_print_defaults --mysqld 2>/dev/null \
    | sed -n "s/^--${name}\$/1/p; s/^--${name//-/_}\$/1/p; s/^--${name}=//p; s/^--${name//-/_}=//p" \
    | tail -n1 | tr 'A-Z' 'a-z' | grep -qxE '1|on|true' && echo 1 || true
}

want_conf=()
charset=$(server_opt character-set-server)
[ "$charset" = "utf8mb4" ] || want_conf+=("character-set-server = utf8mb4" "collation-server = utf8mb4_unicode_ci")
bind=$(server_opt bind-address)
case ",${bind// /}," in
  ,,|*,127.0.0.1,*|*,0.0.0.0,*|*,\*,*|*,::,*) : ;;
  *) want_conf+=("bind-address = 127.0.0.1") ;;
esac
[ -z "$(server_flag skip-networking)" ] || want_conf+=("skip-networking = 0")

if [ "${#want_conf[@]}" -gt 0 ]; then
  # Keep what an earlier run wrote, add what is still missing.
  mapfile -t have < <(grep -E '^[a-z]' "$CONF_FILE" 2>/dev/null || true)
  merged=$(printf '%s\n' "${have[@]}" "${want_conf[@]}" | awk 'NF && !seen[$0]++')
  log "writing $CONF_FILE: $(echo "$merged" | tr '\n' ';')"
  mkdir -p "$(dirname "$CONF_FILE")"
  { echo "# Written by .ci/db/mariadb.sh (integration tests)"; echo "[mysqld]"; echo "$merged"; } > "$CONF_FILE"
  CONF_CHANGED=1
else
  CONF_CHANGED=0
fi

PORT=$(server_opt port)
PORT=${PORT:-$WANT_PORT}
[ "$PORT" = "$WANT_PORT" ] || log "NOTE: server is configured for port $PORT (not $WANT_PORT); using $PORT"
DATADIR=$(server_opt datadir); DATADIR=${DATADIR:-/var/lib/mysql}

# --- 3. start --------------------------------------------------------------
alive() { "$ADMIN" --protocol=socket -uroot --connect-timeout=2 ping >/dev/null 2>&1; }
SERVICE_NAME=
if command -v service >/dev/null 2>&1; then
  for s in mariadb mysql; do
    [ -x "/etc/init.d/$s" ] && { SERVICE_NAME=$s; break; }
  done
fi

start_server() {
  if [ ! -d "$DATADIR/mysql" ]; then
    log "no system tables in $DATADIR; running mariadb-install-db"
    "$(first_cmd mariadb-install-db mysql_install_db)" --user=mysql --datadir="$DATADIR" >&2 \
      || die "mariadb-install-db failed"
  fi
  if [ -n "$SERVICE_NAME" ]; then
    log "service $SERVICE_NAME start"
    detached service "$SERVICE_NAME" start && return 0
    log "service $SERVICE_NAME start failed; falling back to mariadbd-safe"
    alive && return 0
  fi
  local safe
  safe=$(first_cmd mariadbd-safe mysqld_safe) || die "mariadbd-safe/mysqld_safe missing"
  install -d -o mysql -g mysql -m 0755 /run/mysqld
  log "starting $safe in the background (error log: $FALLBACK_LOG)"
  install -d -o mysql -g adm -m 2750 /var/log/mysql
  # Debian's 50-mysqld_safe.cnf sends the error log to syslog, which does not
  # run here: write it to a file instead so a failed start can be diagnosed.
  setsid "$safe" --user=mysql --skip-syslog --log-error="$FALLBACK_LOG" \
    </dev/null >>/var/log/mysql/newsroom-ci-safe.log 2>&1 3>&- &
  disown || true
}
stop_server() {
  if [ -n "$SERVICE_NAME" ] && detached service "$SERVICE_NAME" stop; then return 0; fi
  "$ADMIN" --protocol=socket -uroot shutdown >&2 || true
  local i; for i in $(seq 1 "$WAIT_SECONDS"); do alive || return 0; sleep 1; done
  die "server did not stop"
}
wait_alive() {
  local deadline=$((SECONDS + WAIT_SECONDS))
  until alive && "$ADMIN" -h 127.0.0.1 -P "$PORT" --protocol=tcp --connect-timeout=2 ping >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      "$ADMIN" -h 127.0.0.1 -P "$PORT" --protocol=tcp ping >&2 || true
      tail -n 30 /var/log/mysql/error.log >&2 2>/dev/null || true
      tail -n 30 "$FALLBACK_LOG" /var/log/mysql/newsroom-ci-safe.log >&2 2>/dev/null || true
      die "MariaDB not answering on the socket and 127.0.0.1:$PORT after ${WAIT_SECONDS}s"
    fi
    sleep 1
  done
}

if alive; then
  if [ "$CONF_CHANGED" -eq 1 ]; then
    log "configuration changed; restarting"
    stop_server; start_server
  else
    log "server already running"
  fi
else
  start_server
fi
wait_alive
log "answering on 127.0.0.1:$PORT"

# --- 4. root access, charset -----------------------------------------------
ROOT_ARGS=(--protocol=socket -uroot)
if ! "$CLIENT" "${ROOT_ARGS[@]}" -e 'select 1' >/dev/null 2>&1; then
  # Debian's maintenance credentials (root via unix_socket on 10.11)
  ROOT_ARGS=(--defaults-file=/etc/mysql/debian.cnf)
  "$CLIENT" "${ROOT_ARGS[@]}" -e 'select 1' >/dev/null 2>&1 \
    || die "cannot log in as root over the unix socket ('$CLIENT -uroot' as OS root fails)"
fi
root_sql() { "$CLIENT" "${ROOT_ARGS[@]}" --default-character-set=utf8mb4 -N -B -r "$@"; }

running_charset=$(root_sql -e 'select @@character_set_server')
if [ "$running_charset" != "utf8mb4" ]; then
  # Server was started before our conf file existed (or something overrides it).
  log "character_set_server is $running_charset; restarting to pick up $CONF_FILE"
  grep -q '^character-set-server = utf8mb4' "$CONF_FILE" 2>/dev/null || \
    { mkdir -p "$(dirname "$CONF_FILE")"
      printf '%s\n' "# Written by .ci/db/mariadb.sh (integration tests)" "[mysqld]" \
        "character-set-server = utf8mb4" "collation-server = utf8mb4_unicode_ci" >> "$CONF_FILE"; }
  stop_server; start_server; wait_alive
  running_charset=$(root_sql -e 'select @@character_set_server')
  [ "$running_charset" = "utf8mb4" ] || die "character_set_server is still $running_charset"
fi
log "character_set_server=$running_charset collation_server=$(root_sql -e 'select @@collation_server')"

# --- 5. users and grants ---------------------------------------------------
for host in 127.0.0.1 localhost; do
  exists=$(root_sql -e "select count(*) from mysql.global_priv where User='$DB_USER' and Host='$host'")
  if [ "$exists" = "0" ]; then
    log "creating user '$DB_USER'@'$host'"
    root_sql -e "CREATE USER '$DB_USER'@'$host' IDENTIFIED BY '$DB_PASSWORD'"
  fi
  if ! root_sql -e "SHOW GRANTS FOR '$DB_USER'@'$host'" | grep -qF 'GRANT ALL PRIVILEGES ON `newsroom\_%`.*'; then
    log "granting ALL PRIVILEGES ON \`newsroom\\_%\`.* to '$DB_USER'@'$host'"
    root_sql -e "GRANT ALL PRIVILEGES ON \`newsroom\\_%\`.* TO '$DB_USER'@'$host'"
  fi
  # DATABASE_ADMIN_DATABASE=mysql: the tests connect to the "mysql" database to
  # create/drop theirs, and USE needs some privilege there. Grant the most
  # harmless one (public time zone names; no password hashes, no writes).
  if ! root_sql -e "SHOW GRANTS FOR '$DB_USER'@'$host'" | grep -qF 'ON `mysql`.`time_zone_name`'; then
    log "granting SELECT ON mysql.time_zone_name to '$DB_USER'@'$host' (so it can connect to database mysql)"
    root_sql -e "GRANT SELECT ON mysql.time_zone_name TO '$DB_USER'@'$host'"
  fi
done

user_sql() { # as newsroom over TCP, connected to the admin database
  MYSQL_PWD=$DB_PASSWORD "$CLIENT" --protocol=tcp -h 127.0.0.1 -P "$PORT" -u "$DB_USER" \
    --connect-timeout=5 --default-character-set=utf8mb4 -N -B -D mysql "$@"
}
if ! user_sql -e 'select 1' >/dev/null 2>&1 || \
   ! MYSQL_PWD=$DB_PASSWORD "$CLIENT" --protocol=socket -u "$DB_USER" -N -B -e 'select 1' >/dev/null 2>&1; then
  log "password login as $DB_USER failed; resetting the password"
  for host in 127.0.0.1 localhost; do
    root_sql -e "ALTER USER '$DB_USER'@'$host' IDENTIFIED BY '$DB_PASSWORD'"
  done
fi

# --- 6. verify -------------------------------------------------------------
probe="newsroom_probe_$$"
check=$(user_sql 2>&1 <<SQL
CREATE DATABASE \`$probe\`;
SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '$probe';
CREATE TABLE \`$probe\`.t (s TEXT);
INSERT INTO \`$probe\`.t VALUES ('مرحبا بالعالم');
SELECT CHAR_LENGTH(s) FROM \`$probe\`.t;
DROP DATABASE \`$probe\`;
SQL
) || die "as $DB_USER on 127.0.0.1:$PORT, create/drop database $probe failed: $check"
[ "$(echo "$check" | tr '\n' ' ')" = "utf8mb4 13 " ] \
  || die "probe database is not utf8mb4 / Arabic text not stored intact: $(echo "$check" | tr '\n' ' ')"
log "verified: $DB_USER on 127.0.0.1:$PORT can create/drop newsroom_* databases (utf8mb4, Arabic round trip)"

printf 'export DATABASE_CLIENT=mysql DATABASE_HOST=127.0.0.1 DATABASE_PORT=%s DATABASE_USERNAME=%s DATABASE_PASSWORD=%s DATABASE_ADMIN_DATABASE=mysql\n' \
  "$PORT" "$DB_USER" "$DB_PASSWORD" >&3
