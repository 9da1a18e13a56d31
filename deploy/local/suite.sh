#!/usr/bin/env bash
# Starts the whole OneWindow suite on this machine without containers: the real servers
# (servers.sh), then the five services and the gateway as JVM processes, each on loopback.
#   usage: suite.sh start [--build] | stop | status | restart <service>
#          suite.sh start-instance <service> <k>   another instance (k = 2, 3, …) of a service beside the
#          first: same database and consumer group (the instances share the topics' partitions), HTTP on
#          the service's port + 100·(k-1); stop-instance <service> <k>; `stop` stops every instance
# Builds the services first when their jars are missing (or with --build).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
_ow_java_check || exit 1
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN="$OW_HOME/run"; LOGS="$OW_HOME/logs"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The services' JVM (docs/performance.md, session 14). A hall's services run for days: they take the newest JDK here
# (Temurin 25, on every machine of ours) with the full tiered compiler, which did the full journey at 0.42x the CPU
# per case of C1-only once warm. The test run's JVMs live minutes, where C2's compiling costs more than it saves:
# they keep the build's Java with C1 only. OW_SERVICE_JAVA and OW_TIER (1 = C1 only, 4 = C1+C2) override either.
if [ "$OW_PROFILE" = test ]; then
  SERVICE_JAVA="${OW_SERVICE_JAVA:-$JAVA}"; TIER="${OW_TIER:-1}"
else
  SERVICE_JAVA="${OW_SERVICE_JAVA:-}"
  if [ -z "$SERVICE_JAVA" ]; then
    for jdk in /usr/lib/jvm/temurin-25-jdk-*/bin/java; do [ -x "$jdk" ] && SERVICE_JAVA="$jdk"; done
    SERVICE_JAVA="${SERVICE_JAVA:-$JAVA}"
  fi
  TIER="${OW_TIER:-4}"
fi
log() { printf '[suite:%s] %s\n' "$OW_PROFILE" "$*"; }
die() { printf '[suite:%s] ERROR: %s\n' "$OW_PROFILE" "$*" >&2; exit 1; }

port_of() {
  case "$1" in
    intake-service) echo "$OW_INTAKE_PORT" ;; routing-service) echo "$OW_ROUTING_PORT" ;;
    approval-service) echo "$OW_APPROVAL_PORT" ;; issuance-service) echo "$OW_ISSUANCE_PORT" ;;
    evaluation-service) echo "$OW_EVALUATION_PORT" ;; gateway) echo "$OW_GATEWAY_PORT" ;;
  esac
}
port_var_of() { echo "OW_$(echo "${1%-service}" | tr '[:lower:]' '[:upper:]')_PORT"; }
jar_of() { echo "$OW_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
ready() { curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null; }

build() {
  log "building the services (./mvnw install -DskipTests)"
  (cd "$OW_ROOT" && ./mvnw -B -q install -DskipTests) || die "the build failed"
}

start_service() { # service [instance k ≥ 2]
  local s=$1 k=${2:-1} port pidf; port=$(( $(port_of "$s") + 100 * (k - 1) ))
  pidf="$RUN/$s.pid"; local logf="$LOGS/$s.log"
  if [ "$k" -gt 1 ]; then pidf="$RUN/$s-$k.pid"; logf="$LOGS/$s-$k.log"; fi
  if pid_alive "$pidf"; then log "$s already running on 127.0.0.1:$port"; return; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port (for $s) is taken by another process; set its OW_*_PORT variable"
  fi
  mkdir -p "$RUN" "$LOGS"
  # the test run's services dead-letter an event after 3 retries (≈ 20 s behind a stuck lock) instead of
  # 30 (minutes), so the dead-letter tests stay short
  local retries="${ONEWINDOW_INBOX_RETRIES:-}"; [ -z "$retries" ] && [ "$OW_PROFILE" = test ] && retries=3
  # the public paths' throttle (PublicRateLimit) counts per client address, and here every caller is 127.0.0.1 (the
  # services listen on loopback only): the load driver and the end-to-end tests would be throttled as one client,
  # so the local run lifts it unless OW_PUBLIC_RATE_PER_SECOND / OW_PUBLIC_BURST say otherwise
  local rate="${OW_PUBLIC_RATE_PER_SECOND:-10000}" burst="${OW_PUBLIC_BURST:-100000}"
  # the heap: a young generation large enough that a request's and an event's objects die in it. With the JVM's own
  # sizing (a 17–46 MiB eden from a 64 MiB start) a service collected every 0.2–1 s under load, promoted short-lived
  # objects and ran a full collection (0.3–0.65 s, the whole service still) every minute or so: the intake call's p99
  # and the "stalls of seconds" of docs/performance.md, session 15
  # PostgreSQL through its Unix-domain socket when servers.sh's server is up on this machine (the platform's
  # microprofile-config.properties says why): not with other servers (OW_EXTERNAL_SERVERS, whose socket would be a
  # leftover), off Linux x86_64 (no native transport), nor under a folder whose name a URL would alter; otherwise, or
  # with OW_PG_TCP=1, over TCP as the tests' own JVMs connect
  local pg_host=""
  if [ "${OW_PG_TCP:-0}" != 1 ] && [ "${OW_EXTERNAL_SERVERS:-0}" != 1 ] && [ "$(uname -sm)" = "Linux x86_64" ] \
    && [ -S "$OW_PG_BASE/run/.s.PGSQL.$OW_PG_PORT" ] && [[ "$OW_PG_BASE" =~ ^[A-Za-z0-9/._-]+$ ]]; then
    pg_host="$OW_PG_BASE/run"
  fi
  env "$(port_var_of "$s")=$port" ${retries:+ONEWINDOW_INBOX_RETRIES=$retries} ${pg_host:+OW_PG_HOST=$pg_host} OW_PUBLIC_RATE_PER_SECOND="$rate" OW_PUBLIC_BURST="$burst" nohup "$SERVICE_JAVA" -Xms${OW_SERVICE_HEAP_MIN:-64m} -Xmx${OW_SERVICE_HEAP:-512m} -Xmn${OW_SERVICE_YOUNG:-128m} -XX:+UseSerialGC -XX:TieredStopAtLevel=$TIER \
    ${OW_SERVICE_JAVA_OPTS:-} -jar "$(jar_of "$s")" >> "$logf" 2>&1 &
  echo $! > "$pidf"
}

wait_ready() { # service [instance k]
  local s=$1 k=${2:-1} port pidf; port=$(( $(port_of "$s") + 100 * (k - 1) ))
  pidf="$RUN/$s.pid"; local logf="$LOGS/$s.log"
  if [ "$k" -gt 1 ]; then pidf="$RUN/$s-$k.pid"; logf="$LOGS/$s-$k.log"; fi
  for _ in $(seq 1 240); do
    ready "$port" && return 0
    pid_alive "$pidf" || die "$s exited during start-up; see $logf"
    sleep 0.5
  done
  die "$s was not ready within 120 s; see $logf"
}

stop_service() { # service [instance k]
  local s=$1; local pidf="$RUN/$s.pid"; [ "${2:-1}" -gt 1 ] && pidf="$RUN/$s-$2.pid"
  if pid_alive "$pidf"; then
    local pid; pid=$(cat "$pidf"); kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    log "$s stopped"
  fi
  rm -f "$pidf"
}

case "${1:-}" in
  start)
    # OW_EXTERNAL_SERVERS=1: PostgreSQL, Kafka and Keycloak are already running elsewhere
    # (e.g. deploy/compose/docker-compose.yml) on the configured ports
    [ "${OW_EXTERNAL_SERVERS:-0}" = 1 ] || "$HERE/servers.sh" start
    missing=0; for s in $OW_SERVICES; do [ -f "$(jar_of "$s")" ] || missing=1; done
    if [ "${2:-}" = --build ] || [ $missing = 1 ]; then build; fi
    log "services on $("$SERVICE_JAVA" -version 2>&1 | head -1), $([ "$TIER" = 1 ] && echo "C1 only" || echo "C1+C2")"
    for s in $OW_SERVICES; do start_service "$s"; done
    for s in $OW_SERVICES; do wait_ready "$s"; log "$s ready on http://127.0.0.1:$(port_of "$s")"; done
    cat <<MSG

  OneWindow is running.  Open  http://127.0.0.1:$OW_GATEWAY_PORT/  and log in as
    clerk1 (window clerk) · reviewer.amr / reviewer.tax (department reviewers) · issuer1 (issuance clerk)
    supervisor1 · admin1 · chief.amr · runner1 · middesk1 · operator1          password: onewindow
  Keycloak admin console: http://127.0.0.1:$OW_KC_PORT/admin  (admin / admin)
  Logs: $LOGS     Stop: deploy/local/suite.sh stop
MSG
    ;;
  stop)
    for f in "$RUN"/*-[0-9].pid; do
      [ -e "$f" ] || continue; b=$(basename "$f" .pid); stop_service "${b%-*}" "${b##*-}"
    done
    for s in $OW_SERVICES; do stop_service "$s"; done
    [ "${OW_EXTERNAL_SERVERS:-0}" = 1 ] || "$HERE/servers.sh" stop ;;
  status)
    "$HERE/servers.sh" status
    for s in $OW_SERVICES; do
      p=$(port_of "$s")
      if pid_alive "$RUN/$s.pid"; then
        ready "$p" && echo "$s running http://127.0.0.1:$p" || echo "$s starting"
      else echo "$s stopped"; fi
    done ;;
  restart)
    [ -n "${2:-}" ] || die "usage: suite.sh restart <service>"
    stop_service "$2"; start_service "$2"; wait_ready "$2"; log "$2 restarted" ;;
  start-instance)
    [ -n "${3:-}" ] && [ "$3" -ge 2 ] || die "usage: suite.sh start-instance <service> <k ≥ 2>"
    start_service "$2" "$3"; wait_ready "$2" "$3"
    log "$2 instance $3 ready on http://127.0.0.1:$(( $(port_of "$2") + 100 * ($3 - 1) ))" ;;
  stop-instance)
    [ -n "${3:-}" ] && [ "$3" -ge 2 ] || die "usage: suite.sh stop-instance <service> <k ≥ 2>"
    stop_service "$2" "$3" ;;
  *) echo "usage: $0 start [--build] | stop | status | restart <service> | start-instance|stop-instance <service> <k>" >&2; exit 2 ;;
esac
