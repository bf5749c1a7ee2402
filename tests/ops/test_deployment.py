"""Production packaging: `briefing migrate`, the image's entrypoint and compose.yaml.

No Docker engine (nor the compose plugin) runs here, so the entrypoint is run as it is,
outside a container, and compose.yaml is checked against the Compose Specification schema
and for its wiring.
"""

from __future__ import annotations

import ipaddress
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from sqlalchemy.engine import make_url

from app.core.config import Settings
from app.core.db import make_engine
from app.core.migrations import current_revision, head_revision
from tests.conftest import ROOT, Databases, LiveServer

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess

BIN = Path(sys.executable).parent
ENTRYPOINT = ROOT / "docker-entrypoint.sh"


def test_briefing_migrate_upgrades_once_however_many_run_at_once(empty_database: str) -> None:
    command = [str(BIN / "briefing"), "migrate", "--database-url", empty_database]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = sorted(run.communicate(timeout=60)[0].strip() for run in runs)
    assert [run.returncode for run in runs] == [0, 0, 0]
    head = head_revision()
    assert outputs == [
        f"migrated schema from an empty database to {head}",
        f"schema already at {head}",
        f"schema already at {head}",
    ]
    assert current_revision(make_engine(empty_database)) == head


def test_the_entrypoint_migrates_serves_and_exits_0_on_sigterm(
    databases: Databases, tmp_path: Path
) -> None:
    log = tmp_path / "entrypoint.log"
    url = databases.new("postgresql")
    server = LiveServer(url, log, command=[str(ENTRYPOINT)], env={"WEB_CONCURRENCY": "2"})
    try:
        assert httpx.get(f"{server.url}/v1/quotes", timeout=30).status_code == 200
        server.process.send_signal(signal.SIGTERM)
        returncode = server.process.wait(timeout=60)
    finally:
        server.stop()
    text = log.read_text()
    assert returncode == 0, text
    assert f"migrated schema from an empty database to {head_revision()}" in text
    assert text.count("Started server process") == 2, "two workers"
    assert "Traceback" not in text, text


def test_the_entrypoint_passes_shellcheck() -> None:
    assert os.access(ENTRYPOINT, os.X_OK)
    result = subprocess.run(
        [str(BIN / "shellcheck"), str(ENTRYPOINT)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_yaml_follows_the_compose_specification() -> None:
    result = subprocess.run(
        [
            str(BIN / "check-jsonschema"),
            "--builtin-schema",
            "vendor.compose-spec",
            str(ROOT / "compose.yaml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's `${VAR}`, `${VAR:-default}` and `${VAR:?error}`, from `env`."""
    return re.sub(r"\$\{(\w+)(?::?[-?][^}]*)?\}", lambda m: env[m.group(1)], value)


def test_compose_wires_the_api_to_a_healthy_postgres() -> None:
    compose: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"api", "db", "proxy"}
    api, db = services["api"], services["db"]

    assert db["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"], "the database lives in a named volume"

    assert api["build"] == "."
    assert api["depends_on"]["db"]["condition"] == "service_healthy"
    assert api["healthcheck"]["test"] and api["restart"] and db["restart"]
    env = {"POSTGRES_PASSWORD": "secret", "CURSOR_SECRET": "key"}
    database_url = make_url(_interpolate(api["environment"]["DATABASE_URL"], env))
    assert database_url.drivername == "postgresql+psycopg"
    assert database_url.host == "db"
    assert database_url.database == db["environment"]["POSTGRES_DB"]
    assert database_url.username == db["environment"]["POSTGRES_USER"]
    assert database_url.password == _interpolate(db["environment"]["POSTGRES_PASSWORD"], env)
    assert "CURSOR_SECRET" in api["environment"], "one key for every replica"

    # `--scale api=3` works: no fixed container name, no host port (the proxy is published).
    assert "container_name" not in api
    assert "ports" not in api, "clients reach the API through the proxy only"

    # Docker waits longer than uvicorn drains before it kills.
    graceful = re.search(r"GRACEFUL_SHUTDOWN_TIMEOUT:-(\d+)", ENTRYPOINT.read_text())
    assert graceful
    assert int(api["stop_grace_period"].removesuffix("s")) > int(graceful.group(1))

    # The pool arithmetic docs/operations/deployment.md documents, at three replicas.
    setting = re.search(r"max_connections=(\d+)", " ".join(db["command"]))
    assert setting
    max_connections = int(setting.group(1))
    per_replica = int(api["environment"]["WEB_CONCURRENCY"]) * (
        int(api["environment"]["DB_POOL_SIZE"]) + int(api["environment"]["DB_MAX_OVERFLOW"])
    )
    assert 3 * per_replica <= max_connections - 10


def test_compose_puts_the_proxy_in_front_and_only_it_is_trusted() -> None:
    compose: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())
    api, proxy = compose["services"]["api"], compose["services"]["proxy"]
    assert proxy["image"].startswith("nginx:")
    config = compose["configs"][proxy["configs"][0]["source"]]
    assert config["file"] == "./deploy/nginx.conf"
    assert proxy["configs"][0]["target"] == "/etc/nginx/nginx.conf"

    address = proxy["networks"]["edge"]["ipv4_address"]
    subnet = compose["networks"]["edge"]["ipam"]["config"][0]["subnet"]
    assert ipaddress.ip_address(address) in ipaddress.ip_network(subnet)
    assert api["environment"]["FORWARDED_ALLOW_IPS"] == address, "the proxy, and only it"
    assert "edge" in api["networks"] and "edge" not in compose["services"]["db"].get("networks", [])

    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    listen = re.search(r"listen (\d+);", nginx)
    assert listen and [f"8000:{listen.group(1)}"] == proxy["ports"]
    assert "http://api:8000" in nginx, "the replicas by service name, on the entrypoint's port"
    assert "X-Forwarded-For $remote_addr;" in nginx, "replaced, not appended to"
    if api["environment"].get("HTTP_PARSER") == "httptools":  # which bounds no request head
        assert "client_header_timeout" in nginx and "large_client_header_buffers" in nginx
    body_limit = re.search(r"client_max_body_size (\d+)m;", nginx)
    assert body_limit
    assert int(body_limit.group(1)) * 1024 * 1024 == Settings.model_fields["max_body_bytes"].default
