# Sourced by the project's scripts: makes sure Debian's InfluxDB 1.x server (influxd) is
# installed. The store tests start their own throwaway influxd on free loopback ports with its
# data in a temporary folder, so nothing is started here and no service is enabled.

ensure_influxd() {
  if command -v influxd >/dev/null 2>&1; then
    return 0
  fi
  echo "The store tests need InfluxDB 1.x (influxd); installing Debian's influxdb package..." >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "error: not root and no sudo; install the 'influxdb' package and retry" >&2; return 1; }
    sudo="sudo"
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "error: no apt-get here; install InfluxDB 1.x (influxd on PATH) and retry" >&2; return 1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q
  # the tests never use the package's own service (if one starts, it has the default ports; ours are free ones)
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends influxdb influxdb-client
  command -v influxd >/dev/null 2>&1 || { echo "error: influxdb installed but influxd is not on PATH" >&2; return 1; }
}
