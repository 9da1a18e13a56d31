#!/usr/bin/env bash
# Starts, stops and reports the real servers OneWindow runs on, as local processes (no Docker):
# PostgreSQL 15 (Debian package, run as the postgres user), Apache Kafka 4.1.1 (one KRaft node,
# from Maven Central) and Keycloak 26.7.5 (Maven Central dist zip) with the onewindow realm.
# Loopback only; ports in env.sh; data and logs under $OW_HOME. Idempotent: start on a running
# server does nothing, stop on a stopped one does nothing.
#   usage: servers.sh start|stop|status|reset   (reset = stop and delete this profile's data)
#   faults (the fault runs, docs/faults.md): kafka-stop | kafka-start | postgres-crash-restart |
#                                            postgres-crash | postgres-start | keycloak-pause | keycloak-resume
#   statements reset|report [cases]: pg_stat_statements' figures per database (PostgreSQL started with OW_PG_STATEMENTS=1)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

PG_BIN=/usr/lib/postgresql/15/bin
KAFKA_LIB="$OW_DIST/kafka-$OW_KAFKA_VERSION/lib"
KC_ZIP="$OW_DIST/keycloak-quarkus-dist-$OW_KC_VERSION.zip"
KC_HOME="$OW_HOME/keycloak-$OW_KC_VERSION"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
TOPICS="onewindow.queue.v1 onewindow.intake.case.v1 onewindow.routing.case.v1 onewindow.approval.case.v1 onewindow.issuance.case.v1 onewindow.evaluation.case.v1"
# compacted: the latest value per key is kept for ever (catalogue versions CODE@vN, delegations HALL:ITEM, calendar years)
COMPACTED_TOPICS="onewindow.intake.contact.v1 onewindow.catalogue.item.v1 onewindow.delegation.v1 onewindow.calendar.v1 onewindow.catalogue.hall.v1"
DLQ_TOPICS="onewindow.intake.dlq.v1 onewindow.routing.dlq.v1 onewindow.approval.dlq.v1 onewindow.issuance.dlq.v1 onewindow.evaluation.dlq.v1 onewindow.gateway.dlq.v1"
PARTITIONS="${OW_KAFKA_PARTITIONS:-6}"

log() { printf '[servers:%s] %s\n' "$OW_PROFILE" "$*"; }
die() { printf '[servers:%s] ERROR: %s\n' "$OW_PROFILE" "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
# A port held by something that is not ours is an error worth a clear sentence.
require_free_port() {
  if port_open "$1"; then die "port $1 (for $2) is already taken by another process; set $3 to a free port"; fi
}
wait_for() { # seconds, description, command...
  local t=$1 what=$2; shift 2
  for _ in $(seq 1 $((t * 2))); do "$@" && return 0; sleep 0.5; done
  return 1
}

# ---------------------------------------------------------------- artifacts
ensure_artifacts() {
  if [ ! -d "$KAFKA_LIB" ] || [ ! -f "$KC_ZIP" ]; then
    log "fetching Kafka $OW_KAFKA_VERSION and Keycloak $OW_KC_VERSION from Maven Central"
    (cd "$OW_ROOT" && ./mvnw -B -q -f deploy/servers/pom.xml generate-resources -Dservers.home="$OW_ROOT/.local") \
      || die "could not fetch the server artifacts from Maven Central"
  fi
  # a CJK font for the Chinese PDFs (receipts and notices); Debian's WenQuanYi Zen Hei
  if [ ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    log "installing the CJK font fonts-wqy-zenhei from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-wqy-zenhei >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-wqy-zenhei >/dev/null; } \
      || die "apt-get install fonts-wqy-zenhei failed"
  fi
  if [ ! -x "$PG_BIN/initdb" ]; then
    log "installing PostgreSQL 15 from Debian's packages"
    command -v apt-get >/dev/null || die "PostgreSQL 15 is missing and apt-get is not available"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; } \
      || die "apt-get install postgresql failed"
  fi
}

# ---------------------------------------------------------------- PostgreSQL
# Its files live in $OW_PG_BASE (env.sh: under /var/tmp as root, where the postgres user reaches them), the log
# linked into $OW_HOME/logs; its socket in $PG_RUN, where suite.sh points the services.
PG_BASE="$OW_PG_BASE"
PG_DATA="$PG_BASE/data"; PG_RUN="$PG_BASE/run"; PG_LOG="$PG_BASE/postgres.log"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
pg_running() { [ -f "$PG_DATA/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl -D '$PG_DATA' status" >/dev/null 2>&1; }
psql_admin() { as_pg "$PG_BIN/psql -h '$PG_RUN' -p $OW_PG_PORT -U postgres -v ON_ERROR_STOP=1 -qtA $*"; }

start_postgres() {
  if pg_running; then log "PostgreSQL already running on 127.0.0.1:$OW_PG_PORT"; return; fi
  require_free_port "$OW_PG_PORT" PostgreSQL OW_PG_PORT
  mkdir -p "$PG_DATA" "$PG_RUN" "$OW_HOME/logs"
  touch "$PG_LOG"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$PG_BASE"; chmod 755 "$(dirname "$PG_BASE")"; fi
  [ "$PG_LOG" = "$OW_HOME/logs/postgres.log" ] || ln -sfn "$PG_LOG" "$OW_HOME/logs/postgres.log"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    as_pg "$PG_BIN/initdb -D '$PG_DATA' -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8" >/dev/null \
      || die "initdb failed"
    # sized for a 2-core machine running everything at once
    cat >> "$PG_DATA/postgresql.conf" <<CONF
max_connections = 300
shared_buffers = 256MB
synchronous_commit = on
fsync = on
CONF
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DATA/postgresql.conf"
  fi
  # OW_PG_STATEMENTS=1: with pg_stat_statements loaded, for `servers.sh statements` (a benchmark's busiest statements)
  local extra=""; [ "${OW_PG_STATEMENTS:-0}" = 1 ] && extra=" -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top"
  # Checkpoints spaced for this write load (given at every start, so an existing cluster gets them too). With the
  # defaults (1 GB of WAL, 5 minutes) a busy suite checkpointed every 40 s to 2 minutes, and the first change to each
  # page after a checkpoint writes the whole page into the WAL: ≈ 30 % of the WAL's bytes under load, ≈ 6 % with these
  # (docs/performance.md, session 29). fsync, synchronous_commit and full_page_writes stay on; a crash replays at most
  # ≈ 15 minutes of WAL.
  local spacing=" -c max_wal_size=${OW_PG_MAX_WAL_SIZE:-8GB} -c min_wal_size=1GB -c checkpoint_timeout=${OW_PG_CHECKPOINT_TIMEOUT:-15min}"
  as_pg "$PG_BIN/pg_ctl -D '$PG_DATA' -l '$PG_LOG' -o \"-c listen_addresses=127.0.0.1 -p $OW_PG_PORT -k $PG_RUN$spacing$extra\" -w -t 60 start" >/dev/null \
    || die "PostgreSQL did not start; see $PG_LOG"
  for db in $OW_DATABASES; do
    if [ -z "$(psql_admin -c "\"select 1 from pg_roles where rolname='ow_$db'\"")" ]; then
      psql_admin -c "\"create role ow_$db login password 'ow_$db'\""
    fi
    if [ -z "$(psql_admin -c "\"select 1 from pg_database where datname='ow_$db'\"")" ]; then
      psql_admin -c "\"create database ow_$db owner ow_$db\""
    fi
  done
  log "PostgreSQL up on 127.0.0.1:$OW_PG_PORT (databases: $(echo $OW_DATABASES | sed 's/\([a-z]*\)/ow_\1/g'))"
}
# What each database's statements cost, from pg_stat_statements (PostgreSQL started with OW_PG_STATEMENTS=1):
# `statements reset` before a measured window, `statements report [cases]` after it (calls per case when given).
pg_statements() {
  pg_running || die "PostgreSQL is not running"
  psql_admin -c "\"select 1 from pg_settings where name = 'shared_preload_libraries' and setting like '%pg_stat_statements%'\"" | grep -q 1 \
    || die "pg_stat_statements is not loaded: start PostgreSQL with OW_PG_STATEMENTS=1 (servers.sh reset; OW_PG_STATEMENTS=1 suite.sh start)"
  psql_admin -c "\"create extension if not exists pg_stat_statements\""
  case "$1" in
    reset) psql_admin -c "\"select pg_stat_statements_reset()\"" >/dev/null; log "statement statistics reset" ;;
    report)
      local per="${2:-0}"
      as_pg "$PG_BIN/psql -h '$PG_RUN' -p $OW_PG_PORT -U postgres -v ON_ERROR_STOP=1 -q -P pager=off" <<SQL
\\echo '== per database: statements, calls (per case), execution ms (per case)'
select d.datname as db, count(*) as statements, sum(s.calls) as calls,
       case when $per > 0 then round(sum(s.calls)::numeric / $per, 1) end as calls_per_case,
       round(sum(s.total_exec_time)::numeric) as exec_ms,
       case when $per > 0 then round(sum(s.total_exec_time)::numeric / $per, 2) end as exec_ms_per_case
  from pg_stat_statements s join pg_database d on d.oid = s.dbid group by d.datname order by sum(s.calls) desc;
\\echo '== the 40 most called statements'
select d.datname as db, s.calls, case when $per > 0 then round(s.calls::numeric / $per, 2) end as per_case,
       round(s.mean_exec_time::numeric, 3) as mean_ms, round(s.total_exec_time::numeric) as total_ms,
       left(regexp_replace(s.query, '\\s+', ' ', 'g'), 150) as query
  from pg_stat_statements s join pg_database d on d.oid = s.dbid order by s.calls desc limit 40;
\\echo '== the 15 statements that took longest in all (waits for locks included)'
select d.datname as db, s.calls, round(s.mean_exec_time::numeric, 3) as mean_ms, round(s.total_exec_time::numeric) as total_ms,
       left(regexp_replace(s.query, '\\s+', ' ', 'g'), 150) as query
  from pg_stat_statements s join pg_database d on d.oid = s.dbid order by s.total_exec_time desc limit 15;
SQL
      ;;
    *) die "usage: servers.sh statements reset|report [cases]" ;;
  esac
}
stop_postgres() {
  if pg_running; then as_pg "$PG_BIN/pg_ctl -D '$PG_DATA' -m fast -w stop" >/dev/null; log "PostgreSQL stopped"; fi
}

# ---------------------------------------------------------------- Kafka
K_DIR="$OW_HOME/kafka"; K_PID="$K_DIR/kafka.pid"; K_LOG="$OW_HOME/logs/kafka.log"
kafka_java() { "$JAVA" -cp "$KAFKA_LIB/*" "$@"; }
start_kafka() {
  if pid_alive "$K_PID"; then log "Kafka already running on 127.0.0.1:$OW_KAFKA_PORT"; return; fi
  require_free_port "$OW_KAFKA_PORT" Kafka OW_KAFKA_PORT
  require_free_port "$OW_KAFKA_CONTROLLER_PORT" "the Kafka controller" OW_KAFKA_CONTROLLER_PORT
  mkdir -p "$K_DIR/data" "$OW_HOME/logs"
  cat > "$K_DIR/server.properties" <<CONF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$OW_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$OW_KAFKA_PORT,CONTROLLER://127.0.0.1:$OW_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$OW_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$K_DIR/data
num.partitions=$PARTITIONS
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
CONF
  cat > "$K_DIR/log4j2.yaml" <<CONF
Configuration:
  Appenders:
    Console: { name: STDOUT, PatternLayout: { Pattern: "[%d] %p %m (%c)%n" } }
  Loggers:
    Root: { level: INFO, AppenderRef: [ { ref: STDOUT } ] }
    Logger:
      - { name: kafka, level: INFO }
      - { name: org.apache.kafka, level: WARN }
CONF
  if [ ! -f "$K_DIR/data/meta.properties" ]; then
    kafka_java kafka.tools.StorageTool format --standalone -t "$(kafka_java kafka.tools.StorageTool random-uuid)" \
      -c "$K_DIR/server.properties" >/dev/null || die "formatting the Kafka storage failed"
  fi
  : > "$K_LOG"
  nohup "$JAVA" -Xms256m -Xmx512m -Dlog4j2.configurationFile="$K_DIR/log4j2.yaml" -cp "$KAFKA_LIB/*" \
    kafka.Kafka "$K_DIR/server.properties" >> "$K_LOG" 2>&1 &
  echo $! > "$K_PID"
  wait_for 90 Kafka grep -q 'Kafka Server started' "$K_LOG" || die "Kafka did not start within 90 s; see $K_LOG"
  # once per data directory (a broker started again after a stop has them already)
  if [ ! -f "$K_DIR/data/.onewindow-topics" ]; then
    for t in $TOPICS; do create_topic "$t" "$PARTITIONS"; done
    for t in $COMPACTED_TOPICS; do
      if [ "$t" = onewindow.intake.contact.v1 ]; then  # a tombstoned contact gone within a day (deploy/k8s/topics.yaml)
        create_topic "$t" 3 --config cleanup.policy=compact --config segment.ms=3600000 \
          --config max.compaction.lag.ms=86400000 --config delete.retention.ms=86400000
      else
        create_topic "$t" 3 --config cleanup.policy=compact
      fi
    done
    for t in $DLQ_TOPICS; do create_topic "$t" 1; done
    touch "$K_DIR/data/.onewindow-topics"
  fi
  log "Kafka up on 127.0.0.1:$OW_KAFKA_PORT (topics: $TOPICS)"
}
create_topic() { # name partitions [extra TopicCommand arguments]
  local name=$1 parts=$2; shift 2
  kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$OW_KAFKA_PORT" --create \
    --if-not-exists --topic "$name" --partitions "$parts" --replication-factor 1 "$@" >/dev/null 2>&1 \
    || die "creating topic $name failed"
}
stop_kafka() {
  if pid_alive "$K_PID"; then
    local pid; pid=$(cat "$K_PID"); kill "$pid"
    wait_for 30 "Kafka stop" bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
    log "Kafka stopped"
  fi
  rm -f "$K_PID"
}

# ---------------------------------------------------------------- Keycloak
KC_PID="$OW_HOME/keycloak.pid"; KC_LOG="$OW_HOME/logs/keycloak.log"
kc_ready() { curl -sf "http://127.0.0.1:$OW_KC_PORT/realms/onewindow/.well-known/openid-configuration" >/dev/null; }
start_keycloak() {
  if pid_alive "$KC_PID"; then log "Keycloak already running on 127.0.0.1:$OW_KC_PORT"; return; fi
  require_free_port "$OW_KC_PORT" Keycloak OW_KC_PORT
  require_free_port "$((OW_KC_PORT + 1))" "Keycloak's management interface" OW_KC_PORT
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    mkdir -p "$OW_HOME"; rm -rf "$OW_HOME/keycloak-tmp"
    unzip -q "$KC_ZIP" -d "$OW_HOME/keycloak-tmp" || die "unzipping Keycloak failed"
    mv "$OW_HOME/keycloak-tmp/keycloak-$OW_KC_VERSION" "$KC_HOME"; rm -rf "$OW_HOME/keycloak-tmp"
  fi
  mkdir -p "$KC_HOME/data/import" "$OW_HOME/logs"
  cp "$OW_ROOT/deploy/keycloak/onewindow-realm.json" "$KC_HOME/data/import/"
  # the realm's client secrets are placeholders (${OW_INTAKE_CLIENT_SECRET}, ${OW_GATEWAY_CLIENT_SECRET}) that
  # Keycloak fills from its environment at import: this profile's generated secrets (env.sh). An unset one would
  # be imported literally, so refuse to start without them.
  [ -n "${OW_INTAKE_CLIENT_SECRET:-}" ] && [ -n "${OW_GATEWAY_CLIENT_SECRET:-}" ] \
    || die "no client secrets for the realm: $OW_SECRETS_FILE should hold them (deploy/local/env.sh writes it)"
  : > "$KC_LOG"
  KC_BOOTSTRAP_ADMIN_USERNAME="$OW_KC_ADMIN" KC_BOOTSTRAP_ADMIN_PASSWORD="$OW_KC_ADMIN_PASSWORD" \
  JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
    nohup "$KC_HOME/bin/kc.sh" start-dev --features=admin-fine-grained-authz:v1 --http-port="$OW_KC_PORT" --http-host=127.0.0.1 \
      --http-management-port="$((OW_KC_PORT + 1))" --import-realm >> "$KC_LOG" 2>&1 &
  echo $! > "$KC_PID"
  wait_for 180 Keycloak kc_ready || die "Keycloak did not answer within 180 s; see $KC_LOG"
  grant_intake
  log "Keycloak up on http://127.0.0.1:$OW_KC_PORT (realm onewindow, admin console user $OW_KC_ADMIN)"
}
# intake-service's service account gets query-groups from the realm file and, here, the window group's own
# fine-grained permissions (Keycloak started with admin-fine-grained-authz:v1): view and change that group,
# nothing else (a realm import cannot carry that permission dependably; see deploy/keycloak/intake-access.py). The same run sets the client secrets to this
# profile's, for a realm imported before they were generated. Idempotent; a failure leaves intake with less power
# (its delegation sync then fails and says so), never with more.
grant_intake() {
  if ! command -v python3 >/dev/null; then
    log "WARNING: python3 is missing: intake-service cannot keep the delegations in Keycloak (deploy/keycloak/intake-access.py)"
    return 0
  fi
  python3 "$OW_ROOT/deploy/keycloak/intake-access.py" --url "http://127.0.0.1:$OW_KC_PORT" --sync-client-secrets \
    | sed "s/^/[servers:$OW_PROFILE] /" \
    || log "WARNING: intake-service's Keycloak permission is not set (above); its delegation sync will be refused"
}
stop_keycloak() {
  if pid_alive "$KC_PID"; then
    local pid; pid=$(cat "$KC_PID")
    kill -CONT "$pid" 2>/dev/null; pkill -CONT -P "$pid" 2>/dev/null || true  # a paused one (fault runs) must hear the TERM
    pkill -TERM -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true
    wait_for 30 "Keycloak stop" bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
    log "Keycloak stopped"
  fi
  rm -f "$KC_PID"
}

# A crash of the database server: immediate shutdown (no checkpoint; every connection cut), then a
# start that recovers from the write-ahead log, as after a power cut.
crash_postgres() {
  pg_running || die "PostgreSQL is not running"
  as_pg "$PG_BIN/pg_ctl -D '$PG_DATA' -m immediate -w stop" >/dev/null
  log "PostgreSQL stopped (immediate)"
}
crash_restart_postgres() {
  crash_postgres
  start_postgres
}
# Keycloak frozen (SIGSTOP): its port still accepts connections, but nothing answers — the harder
# kind of unreachable, where callers must time out rather than be refused.
signal_keycloak() {
  pid_alive "$KC_PID" || die "Keycloak is not running"
  local pid; pid=$(cat "$KC_PID")
  kill "-$1" "$pid"; pkill "-$1" -P "$pid" 2>/dev/null || true
}

status() {
  pg_running && echo "postgres  running  127.0.0.1:$OW_PG_PORT" || echo "postgres  stopped"
  pid_alive "$K_PID" && echo "kafka     running  127.0.0.1:$OW_KAFKA_PORT (pid $(cat "$K_PID"))" || echo "kafka     stopped"
  if pid_alive "$KC_PID"; then kc_ready && echo "keycloak  running  http://127.0.0.1:$OW_KC_PORT" || echo "keycloak  starting"; else echo "keycloak  stopped"; fi
}

case "${1:-}" in
  start) ensure_artifacts; start_postgres; start_kafka; start_keycloak ;;
  stop) stop_keycloak; stop_kafka; stop_postgres ;;
  status) status ;;
  reset) stop_keycloak; stop_kafka; stop_postgres; rm -rf "$OW_HOME" "$PG_BASE"; log "data of profile $OW_PROFILE deleted" ;;
  kafka-stop) stop_kafka ;;
  kafka-start) start_kafka ;;
  postgres-crash-restart) crash_restart_postgres ;;
  postgres-crash) crash_postgres ;;
  postgres-start) start_postgres ;;
  statements) pg_statements "${2:-report}" "${3:-}" ;;
  keycloak-pause) signal_keycloak STOP; log "Keycloak paused (SIGSTOP)" ;;
  keycloak-resume) signal_keycloak CONT; log "Keycloak resumed (SIGCONT)" ;;
  *) echo "usage: $0 start|stop|status|reset|kafka-stop|kafka-start|postgres-crash-restart|postgres-crash|postgres-start|keycloak-pause|keycloak-resume" >&2; exit 2 ;;
esac
