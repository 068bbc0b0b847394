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
