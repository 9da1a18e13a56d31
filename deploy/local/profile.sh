#!/usr/bin/env bash
# Records a CPU profile (JDK Flight Recorder, "profile" settings) of every running OneWindow service
# for N seconds and prints each one's hottest methods and allocation, to see where a benchmark's time
# goes. Run it while deploy/local/bench.sh is measuring.
#   usage: profile.sh [seconds=60]   → bench/target/profiles/<time>/<service>.jfr + hot-methods.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
_ow_java_check || exit 1
secs="${1:-60}"
out="$OW_ROOT/bench/target/profiles/$(date +%Y%m%d-%H%M%S)"; mkdir -p "$out"
# JDK 21+'s `jfr view` summarises a recording; the recordings of Java 17 services read fine with it
VIEWER=jfr; [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr ] && VIEWER=/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr
for s in $OW_SERVICES; do
  pid=$(cat "$OW_HOME/run/$s.pid")
  # the jcmd of the JDK the service runs on (suite.sh picks it per profile)
  "$(dirname "$(readlink -f "/proc/$pid/exe")")/jcmd" "$pid" JFR.start name=ow duration="${secs}s" settings=profile filename="$out/$s.jfr" >/dev/null
done
sleep $((secs + 5))
thread_cpu() { # CPU seconds per thread kind (compiler, event loop, GC, …) of one process, since it started
  # (the row of the main thread, tid = pid, reports the whole process: skipped)
  ps -L -o tid=,time=,comm= -p "$1" | awk -v pid="$1" '$1 != pid { split($2, t, ":"); s = t[1]*3600 + t[2]*60 + t[3];
    $1 = ""; $2 = ""; sub(/^ +/, ""); gsub(/[-#0-9]+$/, "", $0); cpu[$0] += s } END { for (k in cpu) if (cpu[k] > 0) printf "%8d s  %s\n", cpu[k], k }' | sort -rn | head -6
}
for s in $OW_SERVICES; do
  # JFR samples Java code only: JIT compilation and GC show up in the thread CPU
  { echo "=== $s — CPU by thread since start"; thread_cpu "$(cat "$OW_HOME/run/$s.pid")"
    echo "=== $s — hot methods (JFR)"; "$VIEWER" view --width 160 hot-methods "$out/$s.jfr" | head -30
    "$VIEWER" view --width 160 gc "$out/$s.jfr" | tail -3; } >> "$out/hot-methods.txt" 2>&1 || true
done
echo "profiles in $out"
