"""What uvicorn's HTTP parser costs the server, run by hand (never part of the tests): h11,
which the image's entrypoint runs because it bounds the request head, against httptools,
uvicorn's default, which accepted a 10 MB header line.

    .venv/bin/python bench/bench_http_parser.py [--requests 3000] [--rounds 3] [--path …]

Both parsers serve the same seeded temporary SQLite file with `uvicorn app.main:app
--workers 1 --http <parser>`, rate limits off, in alternating rounds. Each round sends the
requests over one keep-alive connection and reads the server's CPU seconds (user + system,
from /proc/<pid>/stat) before and after, a figure that other processes on a busy machine
barely move, unlike wall time. It prints the median CPU microseconds per request of each
parser and their ratio.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PARSERS = ("httptools", "h11")
TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(parser: str, database: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "RATE_LIMIT_ENABLED": "false"}
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", "1", "--http", parser, "--no-access-log"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300  # the first start loads the seed
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return server, url
        except httpx.TransportError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit(f"uvicorn --http {parser} did not start")


def _round(parser: str, database: Path, path: str, requests: int) -> float:
    """Server CPU microseconds per request, after a warm-up that fills the cache."""
    server, url = _serve(parser, database)
    try:
        with httpx.Client(base_url=url) as client:
            for _ in range(200):
                client.get(path).raise_for_status()
            before = _cpu_seconds(server.pid)
            for _ in range(requests):
                client.get(path).raise_for_status()
            return (_cpu_seconds(server.pid) - before) / requests * 1e6
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--path", default="/v1/quotes?limit=5")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "bench.db"
        figures: dict[str, list[float]] = {name: [] for name in PARSERS}
        for _ in range(args.rounds):
            for name in PARSERS:
                figures[name].append(_round(name, database, args.path, args.requests))
    medians = {name: statistics.median(values) for name, values in figures.items()}
    for name in PARSERS:
        rounds = ", ".join(f"{v:.0f}" for v in figures[name])
        print(f"{name:>10}: {medians[name]:.0f} µs CPU a request (rounds: {rounds})")
    print(f"h11 / httptools: {medians['h11'] / medians['httptools']:.2f}")


if __name__ == "__main__":
    main()
