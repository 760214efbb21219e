#!/usr/bin/env bash
# Local MongoDB-compatible server for the integration tests: FerretDB v1 (Apache-2.0), which speaks the
# MongoDB wire protocol and stores its data in PostgreSQL.
#
#   .ci/ferretdb.sh [start|stop|status]      (default: start)
#
# start  builds FerretDB from its Go module source into the tools cache if it is not there yet, creates the
#        PostgreSQL database it stores into, and runs it in the background. Idempotent: when something on
#        the port already answers a MongoDB ping (FerretDB started earlier, or a real mongod), it does nothing.
# stop   stops the FerretDB this script started (pid file in the cache dir); leaves anything else alone.
# status exit 0 when the port answers a MongoDB ping, 3 otherwise.
#
# Environment (all optional):
#   PIMAP_TOOLS_DIR            tools cache              (default: $HOME/.cache/pimap-dev)
#   FERRETDB_HOST              listen host              (default: 127.0.0.1)
#   FERRETDB_PORT              listen port              (default: 27017)
#   FERRETDB_PG_HOST/_PG_PORT/_PG_USER/_PG_DB   PostgreSQL backend (default: 127.0.0.1 / 5432 / postgres / ferretdb)
#   FERRETDB_START_TIMEOUT     seconds to wait for the server to answer (default: 60)
set -euo pipefail

FERRETDB_VERSION="v1.24.0"
FERRETDB_MODULE="github.com/FerretDB/FerretDB"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${PIMAP_TOOLS_DIR:-$HOME/.cache/pimap-dev}"
FERRET_DIR="$TOOLS_DIR/ferretdb-$FERRETDB_VERSION"
FERRET_BIN="$FERRET_DIR/ferretdb"
HOST="${FERRETDB_HOST:-127.0.0.1}"
PORT="${FERRETDB_PORT:-27017}"
# One pid file, log and state dir per port, so instances on different ports do not trip over each other.
FERRET_LOG="$FERRET_DIR/ferretdb-$PORT.log"
FERRET_PID="$FERRET_DIR/ferretdb-$PORT.pid"
FERRET_STATE="$FERRET_DIR/state-$PORT"
PG_HOST="${FERRETDB_PG_HOST:-127.0.0.1}"
PG_PORT="${FERRETDB_PG_PORT:-5432}"
PG_USER="${FERRETDB_PG_USER:-postgres}"
PG_DB="${FERRETDB_PG_DB:-ferretdb}"
# FerretDB's pgx pool grows to PostgreSQL's max_connections (100) under parallel tests and starves every other
# client; cap it.
PG_URL="postgres://$PG_USER@$PG_HOST:$PG_PORT/$PG_DB?pool_max_conns=${FERRETDB_PG_POOL:-16}"
START_TIMEOUT="${FERRETDB_START_TIMEOUT:-60}"
MONGO_URL="mongodb://$HOST:$PORT/"

log() { printf 'ferretdb.sh: %s\n' "$*" >&2; }
die() {
  printf 'ferretdb.sh: ERROR: %s\n' "$*" >&2
  exit 1
}

# --- probes ---------------------------------------------------------------------------------------

# port_open: something accepts TCP connections on HOST:PORT.
port_open() {
  # shellcheck disable=SC2016 # expanded by the inner shell
  timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$HOST" "$PORT" 2>/dev/null
}

# mongo_ping: the server on HOST:PORT answers {ping: 1} over the MongoDB wire protocol. Uses the `mongodb`
# driver from the repo's node_modules; before `npm ci` has run it can only check that the port is open.
mongo_ping() {
  if ! command -v node >/dev/null 2>&1 || [[ ! -d "$REPO_ROOT/node_modules/mongodb" ]]; then
    port_open
    return
  fi
  PIMAP_PING_URL="$MONGO_URL" node --input-type=commonjs -e '
    const { createRequire } = require("node:module");
    const req = createRequire(process.argv[1] + "/package.json");
    const { MongoClient } = req("mongodb");
    const c = new MongoClient(process.env.PIMAP_PING_URL, {
      serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000, directConnection: true,
    });
    c.db("admin").command({ ping: 1 })
      .then((r) => { process.exitCode = r.ok === 1 ? 0 : 1; })
      .catch(() => { process.exitCode = 1; })
      .finally(() => c.close().catch(() => {}));
  ' "$REPO_ROOT" >/dev/null 2>&1
}

# our_pid: pid of the FerretDB this script started, if it is still running.
our_pid() {
  [[ -f "$FERRET_PID" ]] || return 1
  local pid
  pid="$(cat "$FERRET_PID" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$FERRET_BIN" || return 1
  echo "$pid"
}

log_tail() {
  if [[ -f "$FERRET_LOG" ]]; then
    echo "----- last 40 lines of $FERRET_LOG -----" >&2
    tail -n 40 "$FERRET_LOG" >&2 || true
    echo "-----" >&2
  fi
}

# --- build ----------------------------------------------------------------------------------------

# The Go module proxy refuses `go install ...@version` for this module, but serves `go mod download`;
# build from the downloaded module source. The version package panics unless build/version/version.txt
# exists (it is generated from git in FerretDB's own builds), so write it.
build_ferretdb() {
  command -v go >/dev/null 2>&1 || die "Go toolchain not found; it is needed once to build FerretDB $FERRETDB_VERSION"
  mkdir -p "$FERRET_DIR"
  local work json src
  work="$(mktemp -d "${TMPDIR:-/tmp}/pimap-ferretdb-build.XXXXXX")"
  # shellcheck disable=SC2064
  trap "chmod -R u+w '$work' 2>/dev/null; rm -rf '$work'" EXIT

  log "building FerretDB $FERRETDB_VERSION into $FERRET_BIN (first time only, about a minute)"
  json="$(cd "$work" && GOFLAGS='' go mod download -json "$FERRETDB_MODULE@$FERRETDB_VERSION")" ||
    die "go mod download $FERRETDB_MODULE@$FERRETDB_VERSION failed: $json"
  src="$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir":[[:space:]]*"\(.*\)",\{0,1\}[[:space:]]*$/\1/p' | head -n 1)"
  [[ -n "$src" && -d "$src" ]] || die "could not find the module source directory in: $json"

  cp -R "$src" "$work/src"
  chmod -R u+w "$work/src"
  printf '%s\n' "$FERRETDB_VERSION" >"$work/src/build/version/version.txt"
  printf 'pimap-dev\n' >"$work/src/build/version/package.txt"

  (cd "$work/src" && GOFLAGS='' go build -trimpath -buildvcs=false -o "$FERRET_BIN.tmp" ./cmd/ferretdb) \
    >"$FERRET_DIR/build.log" 2>&1 || {
    tail -n 40 "$FERRET_DIR/build.log" >&2
    die "building FerretDB failed (full log: $FERRET_DIR/build.log)"
  }
  "$FERRET_BIN.tmp" --version >/dev/null 2>&1 || die "the freshly built FerretDB does not run: $("$FERRET_BIN.tmp" --version 2>&1 | head -n 5)"
  mv -f "$FERRET_BIN.tmp" "$FERRET_BIN"
  chmod -R u+w "$work" 2>/dev/null || true
  rm -rf "$work"
  trap - EXIT
  log "built $("$FERRET_BIN" --version | head -n 1)"
}

ensure_binary() {
  if [[ -x "$FERRET_BIN" ]] && "$FERRET_BIN" --version 2>/dev/null | grep -q "version: $FERRETDB_VERSION"; then
    return
  fi
  build_ferretdb
}

# --- PostgreSQL backend ---------------------------------------------------------------------------

ensure_database() {
  command -v psql >/dev/null 2>&1 || die "psql not found (FerretDB needs PostgreSQL at $PG_HOST:$PG_PORT)"
  local exists
  exists="$(PGCONNECT_TIMEOUT=5 psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -w -tAc \
    "select 1 from pg_database where datname = '$PG_DB'" 2>&1)" ||
    die "PostgreSQL at $PG_HOST:$PG_PORT is not reachable as $PG_USER: $exists"
  if [[ "$exists" != "1" ]]; then
    log "creating PostgreSQL database $PG_DB"
    PGCONNECT_TIMEOUT=5 createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -w "$PG_DB" ||
      die "could not create PostgreSQL database $PG_DB"
  fi
}

# --- commands -------------------------------------------------------------------------------------

cmd_start() {
  mkdir -p "$FERRET_DIR"
  if mongo_ping; then
    if pid="$(our_pid)"; then
      log "FerretDB already running (pid $pid)"
    else
      log "a MongoDB-compatible server already answers on $HOST:$PORT; not starting FerretDB"
    fi
    echo "$MONGO_URL"
    return 0
  fi
  if port_open; then
    die "$HOST:$PORT is in use by something that does not answer a MongoDB ping; set FERRETDB_PORT or free the port"
  fi
  if pid="$(our_pid)"; then
    log "stale FerretDB (pid $pid) is not answering; restarting it"
    cmd_stop >/dev/null
  fi

  ensure_binary
  ensure_database
  mkdir -p "$FERRET_STATE"

  log "starting FerretDB on $HOST:$PORT (backend $PG_URL, log $FERRET_LOG)"
  {
    echo
    echo "===== $(date -u +%Y-%m-%dT%H:%M:%SZ) starting $FERRET_BIN on $HOST:$PORT ====="
  } >>"$FERRET_LOG"
  # setsid: detach from the caller's process group and session, so the server outlives the calling shell.
  # The inner shell records its own pid and then execs FerretDB, so the pid file holds the server's pid
  # whether or not setsid had to fork.
  rm -f "$FERRET_PID"
  # shellcheck disable=SC2016 # expanded by the inner shell
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$FERRET_PID" "$FERRET_BIN" \
    --listen-addr="$HOST:$PORT" \
    --handler=postgresql \
    --postgresql-url="$PG_URL" \
    --state-dir="$FERRET_STATE" \
    --debug-addr=- \
    --telemetry=disable \
    --log-level=error \
    </dev/null >>"$FERRET_LOG" 2>&1 &
  local pid="" i
  for ((i = 0; i < 50; i++)); do
    pid="$(cat "$FERRET_PID" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] && break
    sleep 0.1
  done
  [[ "$pid" =~ ^[0-9]+$ ]] || die "FerretDB did not start (no pid file $FERRET_PID)"

  local deadline=$((SECONDS + START_TIMEOUT))
  until mongo_ping; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$FERRET_PID"
      log_tail
      die "FerretDB exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      log_tail
      kill "$pid" 2>/dev/null || true
      rm -f "$FERRET_PID"
      die "FerretDB did not answer a MongoDB ping on $HOST:$PORT within ${START_TIMEOUT}s"
    fi
    sleep 0.5
  done
  log "FerretDB $FERRETDB_VERSION is up (pid $pid)"
  echo "$MONGO_URL"
}

cmd_stop() {
  local pid
  if ! pid="$(our_pid)"; then
    rm -f "$FERRET_PID"
    log "FerretDB (started by this script) is not running"
    return 0
  fi
  kill "$pid"
  local i
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "FerretDB (pid $pid) did not stop on SIGTERM; sending SIGKILL"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$FERRET_PID"
  log "stopped FerretDB (pid $pid)"
}

cmd_status() {
  local pid=""
  pid="$(our_pid)" || pid=""
  if mongo_ping; then
    if [[ -n "$pid" ]]; then
      echo "running: FerretDB $FERRETDB_VERSION (pid $pid) at $MONGO_URL, log $FERRET_LOG"
    else
      echo "running: a MongoDB-compatible server (not started by this script) at $MONGO_URL"
    fi
    return 0
  fi
  if [[ -n "$pid" ]]; then
    echo "not answering: FerretDB pid $pid exists but $MONGO_URL does not answer a ping (log $FERRET_LOG)"
  else
    echo "stopped: nothing answers at $MONGO_URL"
  fi
  return 3
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  -h | --help | help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$1' (expected start, stop or status)" ;;
esac
