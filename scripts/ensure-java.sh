# Sourced by the project's scripts: makes sure a JDK 17 or newer is on PATH, installing
# Debian/Ubuntu's OpenJDK 17 when it is missing. Maven itself comes from ./mvnw.
. "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

java_major() {
  java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

ensure_java() {
  if command -v java >/dev/null 2>&1 && [ "$(java_major)" -ge 17 ] 2>/dev/null; then
    return 0
  fi
  apt_install "Yardstick needs Java 17 or newer" openjdk-17-jdk-headless
}

# JVM options for the batch commands (extract, ingest, generate, benchmark): the throughput
# collector, since a batch run wants the most work per CPU second and has no users waiting on a
# pause; G1's write barriers and concurrent threads cost about 8 % of the CPU of an ingest and
# 6 % of extraction speed here. YARDSTICK_JAVA_OPTS replaces them.
batch_java_options() {
  echo "${YARDSTICK_JAVA_OPTS--XX:+UseParallelGC}"
}
