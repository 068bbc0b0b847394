# Sourced by the project's scripts: makes sure docker-compose (Debian's 1.29 package) is installed.
# The tests only run `docker-compose config -q` to validate docker-compose.yml; no engine is needed.
. "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

ensure_compose() {
  if command -v docker-compose >/dev/null 2>&1; then
    return 0
  fi
  apt_install "The compose-file test validates docker-compose.yml with docker-compose" docker-compose
}
