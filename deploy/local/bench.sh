#!/usr/bin/env bash
# The benchmark: starts the suite if it is not running (demo profile unless OW_PROFILE is set), builds
# the load driver, runs it (warm-up, then the measured run), checks every case in every database and
# writes the report to bench/target/reports/<time>.json (+ .txt). Arguments go to the driver:
#   --rate N          cases per second (0 = as fast as possible, --in-flight cases at a time; default 0)
#   --in-flight N     cases in flight at full speed (default 48). A case stays in flight to its end, so a run does
#                     at most N ÷ end-to-end time: the full-speed runs of docs/performance.md keep 192
#   --warmup S        warm-up seconds (default 30; the services' C2 compiler needs ≈ 240 to settle)
#   --duration 10m | 600 (default 60 s)   --cases N
#   --journey full|settled   the case each arrival makes (default full):
#        full     take-in of AMR-0001, the department's system polls its feed and decides, hands over,
#                 issuance pickup, rating — the driver acts at every step
#        settled  当场办结: one take-in call of HRSS-0001, which the window settles on the spot; the system
#                 takes it to its end by itself (routed, approved in the clerk's name, ready at issuance,
#                 noted ready by evaluation), which the driver reads from evaluation's database (result_ready)
#   --supplement-share 0.1   share of full-journey cases that go through a supplement round trip
# Examples (docs/performance.md):  deploy/local/bench.sh --rate 0 --in-flight 192 --warmup 240 --duration 10m
#                                  deploy/local/bench.sh --rate 36 --warmup 240 --duration 10m
# and the settled journey at full speed:  deploy/local/bench.sh --journey settled --rate 0 --in-flight 192 --warmup 240 --duration 10m
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/env.sh"
_ow_java_check || exit 1
if ! curl -sf "http://127.0.0.1:$OW_GATEWAY_PORT/q/health/ready" >/dev/null; then
  "$HERE/suite.sh" start
fi
cd "$OW_ROOT"
./mvnw -B -q install -DskipTests -pl bench -am >/dev/null
stamp=$(date +%Y%m%d-%H%M%S)
mkdir -p bench/target/reports
./mvnw -B -q -pl bench exec:java -Dexec.args="--out $OW_ROOT/bench/target/reports/$stamp.json $*" | tee "bench/target/reports/$stamp.txt"
