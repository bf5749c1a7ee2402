#!/bin/sh
# The image's start: migrate the schema to head once (under the start-up lock, so replicas
# starting together take turns), then serve. `exec` makes uvicorn's supervisor PID 1, so the
# SIGTERM of `docker stop` reaches it: new connections stop, requests in flight finish
# (up to the graceful timeout), then it exits 0.
#
# What uvicorn can bound, it bounds here: a request head (request line and headers) of more
# than MAX_REQUEST_HEAD_BYTES is a 400, and an idle keep-alive connection closes after
# KEEP_ALIVE_TIMEOUT seconds. The head limit needs HTTP_PARSER=h11, the default: httptools,
# uvicorn's own default, accepts a 10 MB header line, but costs about 0.6 of h11's CPU a
# request (bench/bench_http_parser.py), so compose.yaml chooses it behind its proxy, which
# bounds heads itself. uvicorn has no timeout for a request head that arrives slowly: that
# one is the proxy's (compose.yaml's `proxy`, deploy/nginx.conf).
#
# X-Forwarded-For and X-Forwarded-Proto are believed only from the addresses in
# FORWARDED_ALLOW_IPS (the proxy's); unset or empty, from no one, so that no client chooses
# the address its rate limits are counted by.
set -eu

briefing migrate

# uvicorn's parser, in the subclass that bounds what a response runs ahead of its reader
# (app/core/protocols.py).
case "${HTTP_PARSER:-h11}" in
    h11) protocol=app.core.protocols:H11Protocol ;;
    httptools) protocol=app.core.protocols:HttpToolsProtocol ;;
    *)
        echo "HTTP_PARSER: must be h11 or httptools, not '${HTTP_PARSER}'" >&2
        exit 3
        ;;
esac

if [ -n "${FORWARDED_ALLOW_IPS:-}" ]; then
    proxy_headers=--proxy-headers
else
    proxy_headers=--no-proxy-headers
fi

exec uvicorn app.main:app \
    --host 0.0.0.0 \
    --port "${PORT:-8000}" \
    --workers "${WEB_CONCURRENCY:-2}" \
    "$proxy_headers" \
    --http "$protocol" \
    --h11-max-incomplete-event-size "${MAX_REQUEST_HEAD_BYTES:-16384}" \
    --timeout-keep-alive "${KEEP_ALIVE_TIMEOUT:-5}" \
    --timeout-graceful-shutdown "${GRACEFUL_SHUTDOWN_TIMEOUT:-25}"
