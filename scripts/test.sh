#!/usr/bin/env bash
# Runs every test exactly as CI does (.ci/run calls this script).
# On a fresh Debian/Ubuntu machine it first installs what is missing: a JDK 17+, InfluxDB 1.x
# (Debian's influxdb package), docker-compose (to validate docker-compose.yml) and Chromium with
# chromedriver (the review page's browser test). The Maven Wrapper fetches Maven, Maven fetches the dependencies.
# Store tests start their own throwaway influxd on free loopback ports, data in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-java.sh
. scripts/ensure-influxd.sh
. scripts/ensure-compose.sh
. scripts/ensure-chromium.sh
ensure_java
ensure_influxd
ensure_compose
ensure_chromium
# No -q: CI reads Surefire's "Tests run:" lines.
./mvnw -B verify
