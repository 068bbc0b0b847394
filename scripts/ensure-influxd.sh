# Sourced by the project's scripts: makes sure Debian's InfluxDB 1.x server (influxd) is
# installed. The store tests start their own throwaway influxd on free loopback ports with its
# data in a temporary folder, so nothing is started here. The package's own service, if the
# machine starts one, keeps the default ports and is not used.
. "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

ensure_influxd() {
  if command -v influxd >/dev/null 2>&1; then
    return 0
  fi
  apt_install "The store tests need InfluxDB 1.x (influxd)" influxdb influxdb-client
  command -v influxd >/dev/null 2>&1 || { echo "error: influxdb installed but influxd is not on PATH" >&2; return 1; }
}
