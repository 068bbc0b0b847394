# Sourced by the project's scripts: makes sure a JDK 17 or newer is on PATH, installing
# Debian/Ubuntu's OpenJDK 17 when it is missing. Maven itself comes from ./mvnw.

java_major() {
  java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

ensure_java() {
  if command -v java >/dev/null 2>&1 && [ "$(java_major)" -ge 17 ] 2>/dev/null; then
    return 0
  fi
  echo "Yardstick needs Java 17 or newer; installing OpenJDK 17..." >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "error: not root and no sudo; install a JDK 17+ and retry" >&2; return 1; }
    sudo="sudo"
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "error: no apt-get here; install a JDK 17+ and retry" >&2; return 1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q openjdk-17-jdk-headless
}
