#!/usr/bin/env bash
# Bring up the services the integration tests talk to, on this machine:
#   PostgreSQL  127.0.0.1:5432  (user postgres, trust auth)
#   MariaDB     127.0.0.1:3306  (root, empty password, database test)
#   FerretDB    127.0.0.1:27017 (MongoDB wire protocol, backed by the PostgreSQL above; .ci/ferretdb.sh)
# A service that is down is started with the machine's own start command, then waited for. Exits non-zero,
# saying which service and why, if one cannot be brought up. Called by .ci/run before `npm test`.
#
# When PIMAP_TEST_PG_URL / PIMAP_TEST_MYSQL_URL / PIMAP_TEST_MONGO_URL point somewhere other than this
# machine, that service is only checked, never started. See DEVELOPERS.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PG_URL="${PIMAP_TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
MYSQL_URL="${PIMAP_TEST_MYSQL_URL:-mysql://root@127.0.0.1:3306/test}"
MONGO_URL="${PIMAP_TEST_MONGO_URL:-}"
WAIT_SECONDS="${PIMAP_SERVICES_TIMEOUT:-60}"

say() { printf 'services.sh: %s\n' "$*" >&2; }
fail() {
  printf 'services.sh: ERROR: %s\n' "$*" >&2
  printf 'services.sh: the integration tests need this service; see DEVELOPERS.md ("Services")\n' >&2
  exit 1
}

# url_part URL FIELD: user, password, host or port of scheme://[user[:password]@]host[:port][/db]
url_part() {
  local url="$1" field="$2" rest auth="" hostport user pass host port
  rest="${url#*://}"
  rest="${rest%%/*}"
  rest="${rest%%\?*}"
  if [[ "$rest" == *@* ]]; then
    auth="${rest%@*}"
    rest="${rest##*@}"
  fi
  hostport="$rest"
  user="${auth%%:*}"
  pass=""
  [[ "$auth" == *:* ]] && pass="${auth#*:}"
  host="${hostport%%:*}"
  port=""
  [[ "$hostport" == *:* ]] && port="${hostport##*:}"
  case "$field" in
    user) printf '%s' "$user" ;;
    password) printf '%s' "$pass" ;;
    host) printf '%s' "$host" ;;
    port) printf '%s' "$port" ;;
  esac
}

is_local() {
  case "$1" in
    127.0.0.1 | localhost | ::1 | "[::1]") return 0 ;;
    *) return 1 ;;
  esac
}

# wait_for NAME CHECK_FUNCTION: poll until the check passes or WAIT_SECONDS run out.
wait_for() {
  local name="$1" check="$2" deadline=$((SECONDS + WAIT_SECONDS))
  until "$check"; do
    if ((SECONDS >= deadline)); then
      return 1
    fi
    sleep 1
  done
  say "$name is up"
}

# --- PostgreSQL -----------------------------------------------------------------------------------

pg_ok() {
  if command -v psql >/dev/null 2>&1; then
    PGCONNECT_TIMEOUT=5 psql "$PG_URL" -w -tAc 'select 1' >/dev/null 2>&1
  else
    pg_isready -q -t 5 -d "$PG_URL" >/dev/null 2>&1
  fi
}

ensure_postgres() {
  command -v psql >/dev/null 2>&1 || command -v pg_isready >/dev/null 2>&1 ||
    fail "neither psql nor pg_isready is installed (Debian: apt-get install postgresql-client)"
  if pg_ok; then
    say "PostgreSQL is up ($(url_part "$PG_URL" host):$(url_part "$PG_URL" port))"
    return
  fi
  local host
  host="$(url_part "$PG_URL" host)"
  if ! is_local "$host"; then
    fail "PostgreSQL at $host is not reachable (PIMAP_TEST_PG_URL); it is not on this machine, so it is not started here"
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [[ ! -d /etc/postgresql ]]; then
    fail "PostgreSQL is not reachable at $host and no local cluster (pg_ctlcluster, /etc/postgresql) was found to start"
  fi
  local version
  version="$(find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n 1)"
  [[ -n "$version" ]] || fail "no PostgreSQL cluster under /etc/postgresql"
  say "PostgreSQL is down; starting cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 ||
    say "pg_ctlcluster $version main start failed (it may already be starting); waiting anyway"
  wait_for PostgreSQL pg_ok || fail "PostgreSQL did not come up within ${WAIT_SECONDS}s at $PG_URL"
}

# --- MariaDB / MySQL ------------------------------------------------------------------------------

mysql_client() {
  if command -v mariadb >/dev/null 2>&1; then
    echo mariadb
  elif command -v mysql >/dev/null 2>&1; then
    echo mysql
  fi
}

mysql_ok() {
  local client user pass host port
  client="$(mysql_client)"
  user="$(url_part "$MYSQL_URL" user)"
  pass="$(url_part "$MYSQL_URL" password)"
  host="$(url_part "$MYSQL_URL" host)"
  port="$(url_part "$MYSQL_URL" port)"
  MYSQL_PWD="$pass" "$client" -u"${user:-root}" -h"$host" -P"${port:-3306}" --protocol=TCP \
    --connect-timeout=3 -e 'select 1' >/dev/null 2>&1
}

ensure_mysql() {
  [[ -n "$(mysql_client)" ]] || fail "no MariaDB/MySQL client installed (Debian: apt-get install mariadb-client)"
  local host
  host="$(url_part "$MYSQL_URL" host)"
  if mysql_ok; then
    say "MariaDB is up ($host:$(url_part "$MYSQL_URL" port))"
    return
  fi
  if ! is_local "$host"; then
    fail "MariaDB/MySQL at $host is not reachable (PIMAP_TEST_MYSQL_URL); it is not on this machine, so it is not started here"
  fi
  [[ -x /usr/sbin/mariadbd ]] || fail "MariaDB is not reachable at $host:3306 and /usr/sbin/mariadbd is not installed"
  say "MariaDB is down; starting /usr/sbin/mariadbd"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >&2 ||
    say "start-stop-daemon for mariadbd failed; waiting anyway"
  wait_for MariaDB mysql_ok || fail "MariaDB did not come up within ${WAIT_SECONDS}s at $MYSQL_URL"
}

# --- MongoDB (FerretDB) ---------------------------------------------------------------------------

# mongo_ping_url URL: {ping: 1} through the `mongodb` driver in node_modules (a bare TCP connect proves
# little: some networks accept any connection). Prints the error when it fails.
mongo_ping_url() {
  if ! command -v node >/dev/null 2>&1 || [[ ! -d node_modules/mongodb ]]; then
    echo "node or node_modules/mongodb missing (run npm ci first)"
    return 1
  fi
  PIMAP_PING_URL="$1" node --input-type=commonjs -e '
    const { MongoClient } = require(process.cwd() + "/node_modules/mongodb");
    const c = new MongoClient(process.env.PIMAP_PING_URL, { serverSelectionTimeoutMS: 5000 });
    c.db("admin").command({ ping: 1 })
      .then(() => { process.exitCode = 0; })
      .catch((e) => { console.log(e.message); process.exitCode = 1; })
      .finally(() => c.close().catch(() => {}));
  ' 2>&1
}

ensure_mongo() {
  local port="${FERRETDB_PORT:-27017}"
  if [[ -n "$MONGO_URL" ]]; then
    local host
    host="$(url_part "${MONGO_URL/mongodb+srv:/mongodb:}" host)"
    if [[ "$MONGO_URL" == mongodb+srv:* || "$MONGO_URL" == *,* ]] || ! is_local "$host"; then
      # A remote server or replica set: only check that it answers.
      local why
      if ! why="$(mongo_ping_url "$MONGO_URL")"; then
        fail "MongoDB at $host does not answer a ping (PIMAP_TEST_MONGO_URL): $why; it is not on this machine, so it is not started here"
      fi
      say "MongoDB: using PIMAP_TEST_MONGO_URL ($host); not starting FerretDB"
      return
    fi
    port="$(url_part "$MONGO_URL" port)"
    port="${port:-27017}"
  fi
  FERRETDB_PORT="$port" .ci/ferretdb.sh start >/dev/null ||
    fail "FerretDB (MongoDB wire protocol on 127.0.0.1:$port) could not be started; see the messages above"
  say "MongoDB wire protocol (FerretDB, or a mongod already there) is up at mongodb://127.0.0.1:$port/"
}

ensure_postgres
ensure_mysql
ensure_mongo
say "all services are up"
