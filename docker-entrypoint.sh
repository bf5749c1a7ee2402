#!/bin/sh
# The image's start: migrate the schema to head once (under the start-up lock, so replicas
# starting together take turns), then serve. `exec` makes uvicorn's supervisor PID 1, so the
# SIGTERM of `docker stop` reaches it: new connections stop, requests in flight finish
# (up to the graceful timeout), then it exits 0.
set -eu

briefing migrate

exec uvicorn app.main:app \
    --host 0.0.0.0 \
    --port "${PORT:-8000}" \
    --workers "${WEB_CONCURRENCY:-2}" \
    --proxy-headers \
    --timeout-graceful-shutdown "${GRACEFUL_SHUTDOWN_TIMEOUT:-25}"
