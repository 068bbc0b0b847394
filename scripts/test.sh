#!/usr/bin/env bash
# Runs every test exactly as CI does (.ci/run calls this script).
# On a fresh Debian/Ubuntu machine it installs what is missing first: a JDK 17+ (the Maven
# Wrapper fetches Maven itself, and Maven fetches the dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-java.sh
ensure_java
# No -q: CI reads Surefire's "Tests run:" lines.
./mvnw -B verify
