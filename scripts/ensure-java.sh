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

# JVM options for the batch commands (extract, ingest, generate, benchmark), given the command:
# - the throughput collector, since a batch run wants the most work per CPU second and has no users
#   waiting on a pause; G1's write barriers and concurrent threads cost about 8 % of the CPU of an
#   ingest and 6 % of extraction speed here;
# - for extract, ingest and generate, a young generation of half the heap (fewer collections,
#   each copying about the same survivors: the updates in flight and the batch being written);
# - for extract, ingest and generate, less inlining by the optimising compiler (C2): a method it
#   compiles takes in callees of up to 60 bytecodes (default 325) and callees already compiled to
#   under 600 bytes of machine code (default 2,500). A run of a few minutes cannot earn back what
#   compiling the extraction code with deep inlining costs: at 10,000 updates C2 alone took about
#   15 s of CPU, and C2's time grows faster than the size of what it compiles. With these limits
#   it takes about 4 s, while extraction on the compiled code runs within a few per cent of its
#   speed with full inlining. `benchmark` measures that steady-state speed, so it keeps the
#   defaults.
# YARDSTICK_JAVA_OPTS replaces them all.
batch_java_options() {
  local shorter_jit="-XX:NewRatio=1 -XX:FreqInlineSize=60 -XX:InlineSmallCode=600"
  [ "${1:-}" = benchmark ] && shorter_jit=""
  echo "${YARDSTICK_JAVA_OPTS--XX:+UseParallelGC $shorter_jit}"
}
