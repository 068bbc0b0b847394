#!/usr/bin/env bash
# Ingest benchmark: generates N synthetic updates, starts a throwaway influxd on free loopback
# ports with its data in a temporary folder, and times the ingest command end to end.
#   ./scripts/bench-ingest.sh 1000
# Prints wall time, peak RSS and points written per second; the influxd and its data are removed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-java.sh
. scripts/ensure-influxd.sh
ensure_java
ensure_influxd
n="${1:-1000}"
work="$(mktemp -d)"
trap 'kill "$(cat "$work/influxd.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT
. scripts/throwaway-influxd.sh
start_throwaway_influxd
./yardstick generate --documents "$n" --out "$work/corpus" >/dev/null
size="$(du -sh "$work/corpus" | cut -f1)"
echo "corpus: $n updates, $size"
start=$(date +%s.%N)
YARDSTICK_INFLUX_URL="http://127.0.0.1:$port" YARDSTICK_INFLUX_DATABASE=bench \
  YARDSTICK_TARGETS_API_FILE="$work/none.yaml" \
  /usr/bin/time -f "peak RSS %M KB, CPU %P" java -Xmx256m ${BENCH_JAVA_OPTS:-} -jar service/target/yardstick.jar ingest "$work/corpus"/*.txt \
  2> "$work/time.txt" | python3 -u -c 'import sys,time; t=time.time(); [print(f"{time.time()-t:7.2f} {l}", end="") for l in sys.stdin]' > "$work/out.txt"
end=$(date +%s.%N)
half=$(( $(wc -l < "$work/out.txt") / 2 )); sed -n "1p;${half}p" "$work/out.txt"; tail -4 "$work/out.txt"
cat "$work/time.txt" | tail -1
points=$(curl -s "http://127.0.0.1:$port/query?db=bench" --data-urlencode \
  'q=SELECT count("value") FROM "observation"; SELECT count("value") FROM "indicator_value"; SELECT count("value") FROM "indicator_status"; SELECT count("value") FROM "document"' \
  | python3 -c 'import json,sys; r=json.load(sys.stdin)["results"]; print(sum(int(x["series"][0]["values"][0][1]) for x in r if "series" in x))')
python3 - "$start" "$end" "$points" <<PY
import sys
s, e, p = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
print(f"end to end: {e-s:.1f} s, {p} points stored, {p/(e-s):,.0f} points/s")
PY
