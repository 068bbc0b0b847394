#!/usr/bin/env bash
# The main job: the whole stack (InfluxDB, Yardstick with the seed data ingested, Grafana with the
# dashboards and alert rules) in Docker. Creates .env with random secrets on the first run.
#   ./scripts/stack.sh            docker compose up --build (Ctrl-C stops; data stays in named volumes)
#   ./scripts/stack.sh down       stops and removes the containers (volumes are kept)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v docker >/dev/null 2>&1 || ! docker compose version >/dev/null 2>&1; then
  echo "error: Docker with the compose plugin is needed (https://docs.docker.com/engine/install/)." >&2
  echo "Without Docker, run the service natively: see 'Without Docker' in README.md." >&2
  exit 69
fi
if ! docker info >/dev/null 2>&1; then
  echo "error: the Docker engine is not running (docker info failed); start it and retry" >&2
  exit 69
fi
if [ ! -f .env ]; then
  secret() { head -c 24 /dev/urandom | base64 | tr -d '/+=' ; }
  sed -e "s/^INFLUX_ADMIN_PASSWORD=.*/INFLUX_ADMIN_PASSWORD=$(secret)/" \
      -e "s/^INFLUX_WRITE_PASSWORD=.*/INFLUX_WRITE_PASSWORD=$(secret)/" \
      -e "s/^INFLUX_READ_PASSWORD=.*/INFLUX_READ_PASSWORD=$(secret)/" \
      -e "s/^YARDSTICK_API_TOKEN=.*/YARDSTICK_API_TOKEN=$(secret)/" \
      -e "s/^GRAFANA_ADMIN_PASSWORD=.*/GRAFANA_ADMIN_PASSWORD=$(secret)/" \
      .env.example > .env
  chmod 600 .env
  echo "created .env with random passwords and API token (Grafana login: admin / see GRAFANA_ADMIN_PASSWORD in .env)" >&2
fi
if [ "${1:-up}" = "down" ]; then
  exec docker compose down
fi
exec docker compose up --build
