#!/usr/bin/env bash
# Concurrency and replacement benchmark of the running service: starts a throwaway influxd and the
# service jar on free loopback ports, then
#   1. one update is replaced REPLACEMENTS times (two versions in turn), timing each replacement, then
#   2. CLIENTS parallel clients each upload their own council's updates in quarter order
#      (DOCS updates for CLIENTS councils in all).
#   ./scripts/bench-concurrent.sh [DOCS=200] [CLIENTS=8] [REPLACEMENTS=100]
# Build the jar first (./mvnw -B -q package -DskipTests), or name another build's jar in YARDSTICK_JAR
# to measure it side by side. Everything is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-java.sh
. scripts/ensure-influxd.sh
ensure_java
ensure_influxd
docs="${1:-200}"; clients="${2:-8}"; replacements="${3:-100}"
jar="${YARDSTICK_JAR:-service/target/yardstick.jar}"
work="$(mktemp -d)"
cleanup() {
  kill "$(cat "$work/service.pid" 2>/dev/null)" 2>/dev/null || true
  kill "$(cat "$work/influxd.pid" 2>/dev/null)" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
. scripts/throwaway-influxd.sh
start_throwaway_influxd
http="$(free_port)"
./yardstick generate --documents "$docs" --councils "$clients" --out "$work/corpus" >/dev/null
token=bench-token
PORT="$http" YARDSTICK_INFLUX_URL="http://127.0.0.1:$port" YARDSTICK_INFLUX_DATABASE=bench YARDSTICK_API_TOKEN="$token" \
  YARDSTICK_INGEST_QUEUE_DIR="$work/queue" YARDSTICK_TARGETS_API_FILE="$work/none.yaml" YARDSTICK_METRICS_TO_INFLUX=false \
  java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$jar" > "$work/service.log" 2>&1 &
echo $! > "$work/service.pid"
for _ in $(seq 1 600); do curl -s -o /dev/null "http://127.0.0.1:$http/actuator/health" && break; sleep 0.1; done

# replacement: one update alternates between two versions; each upload replaces the previous one
first=$(ls "$work/corpus"/council-000-*.txt | sort | head -1)
cp "$first" "$work/a.txt"
# the second version: one figure in the last row changed
python3 - "$first" "$work/b.txt" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
i = max(k for k, l in enumerate(lines) if re.search(r"\d", l))
lines[i] = re.sub(r"(\d+)(?!.*\d)", lambda m: str(int(m.group(1)) + 1), lines[i], count=1)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
for i in $(seq 1 "$replacements"); do
  if (( i % 2 )); then f="$work/b.txt"; else f="$work/a.txt"; fi
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' \
    --data-binary "@$f" "http://127.0.0.1:$http/api/documents?org=council-000&source=$(basename "$first")"
done > "$work/replace.txt"
python3 - "$work/replace.txt" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
t = [float(r[1]) for r in rows]
codes = sorted(set(r[0] for r in rows))
k = min(10, len(t) // 2)
print(f"{len(t)} replacements (answers {codes}): first {k} average {sum(t[:k])/k:.2f} s, last {k} average {sum(t[-k:])/k:.2f} s, max {max(t):.2f} s")
PY

upload() { # file org -> prints status and seconds
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' \
    --data-binary "@$1" "http://127.0.0.1:$http/api/documents?org=$2&source=$(basename "$1")"
}
export -f upload; export token http
start=$(date +%s.%N)
for c in $(seq 0 $((clients - 1))); do
  council=$(printf 'council-%03d' "$c")
  ( for f in $(ls "$work/corpus"/"$council"-*.txt | sort); do upload "$f" "$council"; done > "$work/client-$c.txt" ) &
done
wait $(jobs -p | grep -v "$(cat "$work/service.pid")" | grep -v "$(cat "$work/influxd.pid")") 2>/dev/null || true
# updates answered 202 count only once written: wait for the queue to drain
for _ in $(seq 1 1200); do
  curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$http/actuator/health" | grep -q '"queueDepth":0' && break; sleep 0.1
done
end=$(date +%s.%N)
codes=$(cat "$work"/client-*.txt | cut -d' ' -f1 | sort | uniq -c | tr '\n' ' ')
python3 - "$start" "$end" "$docs" "$clients" "$codes" <<PY
import sys
s, e, n, c, codes = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
print(f"{c} clients, {n} updates: {e-s:.1f} s end to end ({n/(e-s):.2f} updates/s); answers: {codes}")
PY
