#!/usr/bin/env bash
# Ingest benchmark against the floor InfluxDB sets: generates N synthetic updates, starts a
# throwaway influxd on free loopback ports with its data in a temporary folder, and
#   1. times the ingest command end to end (JVM start, reading, extraction, matching, reconciling,
#      assessing and writing), saving the body of every write request it sends
#      (--dump-line-protocol), then
#   2. times curl writing exactly those bodies, in the same requests and order, to a fresh database
#      on the same influxd, laid out as the ingest's (the same shard group duration): the floor,
#      what InfluxDB alone takes for the same points.
#   ./scripts/bench-ingest.sh 1000
# Prints both times and their ratio, the ingest's CPU time and peak RSS, and points per second;
# everything is removed afterwards. On a shared machine the times swing with the load, the CPU time
# much less: compare builds on both, alternating runs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-java.sh
. scripts/ensure-influxd.sh
ensure_java
ensure_influxd
n="${1:-1000}"
jar="${YARDSTICK_JAR:-service/target/yardstick.jar}"
work="$(mktemp -d)"
trap 'kill "$(cat "$work/influxd.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT
. scripts/throwaway-influxd.sh
start_throwaway_influxd
./yardstick generate --documents "$n" --out "$work/corpus" >/dev/null
prepare_batch_jar "$jar"
size="$(du -sh "$work/corpus" | cut -f1)"
echo "corpus: $n updates, $size"
influxd_cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14+$15)/t}' "/proc/$(cat "$work/influxd.pid")/stat"; }
cpu0=$(influxd_cpu)
start=$(date +%s.%N)
YARDSTICK_INFLUX_URL="http://127.0.0.1:$port" YARDSTICK_INFLUX_DATABASE=bench \
  YARDSTICK_TARGETS_API_FILE="$work/none.yaml" \
  /usr/bin/time -f "peak RSS %M KB, CPU %P (%U s user, %S s system)" java -Xmx256m $batch_cds $(batch_java_options ingest) ${BENCH_JAVA_OPTS:-} -jar "$batch_jar" ingest \
  --dump-line-protocol "$work/lp" "$work/corpus"/*.txt \
  2> "$work/time.txt" | python3 -u -c 'import sys,time; t=time.time(); [print(f"{time.time()-t:7.2f} {l}", end="") for l in sys.stdin]' > "$work/out.txt"
end=$(date +%s.%N)
cpu1=$(influxd_cpu)
half=$(( $(wc -l < "$work/out.txt") / 2 )); sed -n "1p;${half}p" "$work/out.txt"; tail -3 "$work/out.txt"
tail -1 "$work/time.txt"
points=$(curl -s "http://127.0.0.1:$port/query?db=bench" --data-urlencode \
  'q=SELECT count("value") FROM "observation"; SELECT count("value") FROM "indicator_value"; SELECT count("value") FROM "indicator_status"; SELECT count("value") FROM "document"' \
  | python3 -c 'import json,sys; r=json.load(sys.stdin)["results"]; print(sum(int(x["series"][0]["values"][0][1]) for x in r if "series" in x))')

# the floor: the same request bodies, in order, from one curl process over one kept-alive connection
# the floor database is laid out as the ingest's own: its default policy's shard group duration
shard=$(curl -s "http://127.0.0.1:$port/query" --data-urlencode 'q=SHOW RETENTION POLICIES ON "bench"' \
  | python3 -c 'import json,sys; s=json.load(sys.stdin)["results"][0]["series"][0]; r=[dict(zip(s["columns"],v)) for v in s["values"]]; print(next(p["shardGroupDuration"] for p in r if p["default"]).split("h")[0] + "h")')
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/query" --data-urlencode "q=CREATE DATABASE \"floor\" WITH SHARD DURATION $shard"
echo "shard group duration of both databases: $shard"
: > "$work/curl.cfg"
for f in "$work"/lp/*.lp; do
  [ -s "$work/curl.cfg" ] && echo next >> "$work/curl.cfg"
  printf 'url = "http://127.0.0.1:%s/write?db=floor&precision=u"\ndata-binary = "@%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' "$port" "$f" >> "$work/curl.cfg"
done
requests=$(ls "$work"/lp/*.lp | wc -l)
floor_start=$(date +%s.%N)
curl -s -K "$work/curl.cfg" > "$work/floor-codes.txt"
floor_end=$(date +%s.%N)
cpu2=$(influxd_cpu)
codes=$(sort "$work/floor-codes.txt" | uniq -c | tr '\n' ' ')
python3 - "$start" "$end" "$points" "$floor_start" "$floor_end" "$requests" "$codes" "$cpu0" "$cpu1" "$cpu2" <<PY
import sys
s, e, p, fs, fe, req, codes = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
c0, c1, c2 = float(sys.argv[8]), float(sys.argv[9]), float(sys.argv[10])
print(f"end to end: {e-s:.1f} s, {p} points stored, {p/(e-s):,.0f} points/s")
print(f"floor (curl writing the same {req} request bodies to a fresh database, answers {codes.strip()}): {fe-fs:.1f} s")
print(f"ingest / floor: {(e-s)/(fe-fs):.2f}")
print(f"influxd CPU: {c1-c0:.1f} s during the ingest, {c2-c1:.1f} s during the floor")
PY
