#!/bin/sh
# Run once by the influxdb:1.x image on first start (mounted at /docker-entrypoint-initdb.d).
# The image has already created $INFLUXDB_DB with the write user ($INFLUXDB_USER) and the read
# user ($INFLUXDB_READ_USER). This adds the database for Yardstick's own metrics, with the same
# grants, so neither user needs admin rights. $INFLUX_CMD is the image's admin CLI command; this
# file is sourced by the image's init script, so it must not change shell options.
metrics_db="${YARDSTICK_METRICS_DATABASE:-yardstick_metrics}"
$INFLUX_CMD "CREATE DATABASE \"${metrics_db}\""
$INFLUX_CMD "GRANT ALL ON \"${metrics_db}\" TO \"${INFLUXDB_USER}\""
$INFLUX_CMD "GRANT READ ON \"${metrics_db}\" TO \"${INFLUXDB_READ_USER}\""
