# Briefing API: uvicorn serving app.main:app on port 8000, after `briefing migrate`
# (docker-entrypoint.sh; WEB_CONCURRENCY workers, default 2).
# The embedded SQLite database lives in /app/data (mount a volume there to keep it);
# set DATABASE_URL=postgresql+psycopg://… to use PostgreSQL instead.
# FORWARDED_ALLOW_IPS is empty: X-Forwarded-For is believed from no one (not even 127.0.0.1,
# uvicorn's default) until it names the proxy in front, as compose.yaml does; otherwise a
# client could choose the address its rate limits are counted by.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATABASE_URL=sqlite:////app/data/briefing.db \
    SEED_DIR=/app/seed \
    FORWARDED_ALLOW_IPS=""

RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home app

WORKDIR /app

COPY pyproject.toml README.md ./
COPY app/ app/
COPY seed/ seed/
COPY schemas/ schemas/
COPY --chmod=0755 docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
RUN pip install --no-cache-dir . \
    && mkdir -p /app/data \
    && chown 10001:10001 /app/data

USER 10001:10001
VOLUME ["/app/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)"]

# Runs uvicorn app.main:app with --workers, proxy headers from FORWARDED_ALLOW_IPS only, a
# bounded request head, a keep-alive timeout and --timeout-graceful-shutdown; give
# `docker stop` (or compose's stop_grace_period) longer than that timeout.
STOPSIGNAL SIGTERM
CMD ["docker-entrypoint.sh"]
