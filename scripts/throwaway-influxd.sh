# Sourced by the benchmark scripts: starts a throwaway influxd on free loopback ports with its data
# in "$work" (which the caller creates and removes), and sets $port to its HTTP port.
# The test suite's InfluxServer helper does the same in Java.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_throwaway_influxd() {
  port="$(free_port)"
  local rpc
  rpc="$(free_port)"
  cat > "$work/influxdb.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:${rpc}"
[meta]
  dir = "$work/meta"
[data]
  dir = "$work/data"
  wal-dir = "$work/wal"
  query-log-enabled = false
[monitor]
  store-enabled = false
[http]
  bind-address = "127.0.0.1:${port}"
  log-enabled = false
CONF
  influxd run -config "$work/influxdb.conf" > "$work/influxd.log" 2>&1 &
  echo $! > "$work/influxd.pid"
  for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/ping" && break; sleep 0.1; done
}
