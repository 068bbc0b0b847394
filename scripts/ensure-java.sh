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
#   it takes about 4.5 s, and the extraction threads take no longer over the whole run: their
#   steady-state speed is about 8 % lower, which the compile time saved more than repays.
#   `benchmark` measures that steady-state speed, so it keeps the defaults.
# YARDSTICK_JAVA_OPTS replaces them all.
batch_java_options() {
  local shorter_jit="-XX:NewRatio=1 -XX:FreqInlineSize=60 -XX:InlineSmallCode=600"
  [ "${1:-}" = benchmark ] && shorter_jit=""
  echo "${YARDSTICK_JAVA_OPTS--XX:+UseParallelGC $shorter_jit}"
}

# Class Data Sharing for the batch commands (JDK 17 AppCDS): without it every run spends about
# 0.7 s of CPU finding, reading and verifying Yardstick's classes inside the nested jars of the
# Spring Boot jar. `prepare_batch_jar JAR` unpacks the jar beside itself once
# (`-Djarmode=tools extract`: the application jar and its libraries as plain jars, which an
# archive needs) and has a training run of `extract` over the seed updates write the classes it
# loaded to an archive (-XX:ArchiveClassesAtExit); both are made again when the jar or the JDK is
# newer than the archive. It sets batch_jar, the jar to run, and batch_cds, the option that maps
# the archive. When any step fails they stay the jar as it is and no option, and a marker keeps
# later runs of the same jar and JDK from trying again. The JVM checks an archive against its own
# version and class path and quietly runs without one that does not fit.
prepare_batch_jar() {
  local jar="$1" base dir java_bin
  base="$(basename "$jar" .jar)"
  dir="$(cd "$(dirname "$jar")" && pwd)/$base-cds"
  java_bin="$(readlink -f "$(command -v java)")"
  batch_jar="$jar"
  batch_cds=""
  if [ -f "$dir/unusable" ] && [ ! "$jar" -nt "$dir/unusable" ] && [ ! "$java_bin" -nt "$dir/unusable" ]; then
    return 0
  fi
  if [ ! -f "$dir/$base.jsa" ] || [ "$jar" -nt "$dir/$base.jsa" ] || [ "$java_bin" -nt "$dir/$base.jsa" ]; then
    local seed
    seed="$(dirname "${BASH_SOURCE[0]}")/../seed-data/updates"
    rm -rf "$dir"
    # the archive is written under another name and renamed, so a run never maps a partial one
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null 2>&1 \
      && java -XX:ArchiveClassesAtExit="$dir/$base.jsa.part" -XX:+UseParallelGC -jar "$dir/$base.jar" extract --format csv \
        "$seed"/*.txt >/dev/null 2>&1 \
      && mv "$dir/$base.jsa.part" "$dir/$base.jsa" \
      || { rm -rf "$dir"; mkdir -p "$dir" && touch "$dir/unusable"; return 0; }
  fi
  batch_jar="$dir/$base.jar"
  batch_cds="-XX:SharedArchiveFile=$dir/$base.jsa"
}
