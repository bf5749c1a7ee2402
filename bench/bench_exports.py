"""What one slow reader of an export costs the server, with the image's HTTP protocol
(app/core/protocols.py, which sets `TCP_NOTSENT_LOWAT`) and with uvicorn's own, run by hand
(never part of the tests).

    .venv/bin/python bench/bench_exports.py [--briefings 100] [--rounds 3]

Both serve one SQLite file with the seed and a synthetic corpus (bench/corpus.py), one
worker each, side by side in alternating rounds. In each round, for each protocol:

- **slow reader**: one client asks for `/v1/claims?format=csv` (gzip, as browsers and httpx
  ask) through a 4 KB receive buffer and takes 2 KB a second for `--seconds`; the figure is
  the server's CPU seconds meanwhile (from /proc/<pid>/stat), which is what it rendered ahead
  of its reader;
- **fast reader**: the same export read whole at full speed, in wall seconds (median of 5).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.bench_http_parser import _cpu_seconds, _serve
from bench.corpus import generate

ROOT = Path(__file__).resolve().parent.parent
PROTOCOLS = {"uvicorn's h11": "h11", "the image's": "app.core.protocols:H11Protocol"}
EXPORT = "/v1/claims?format=csv"


def slow_reader_cpu(server: subprocess.Popen[bytes], url: str, seconds: float) -> float:
    """Server CPU seconds while one client reads the export 2 KB a second."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.connect(("127.0.0.1", httpx.URL(url).port))
        before = _cpu_seconds(server.pid)
        sock.sendall(
            f"GET {EXPORT} HTTP/1.1\r\nHost: bench\r\nAccept-Encoding: gzip\r\n\r\n".encode()
        )
        ends = time.monotonic() + seconds
        while time.monotonic() < ends:
            sock.recv(2048)
            time.sleep(1.0)
        return _cpu_seconds(server.pid) - before


def fast_reader_seconds(url: str) -> float:
    times = []
    with httpx.Client(base_url=url, timeout=120) as client:
        for _ in range(5):
            began = time.perf_counter()
            client.get(EXPORT).raise_for_status()
            times.append(time.perf_counter() - began)
    return statistics.median(times)


def database(workdir: Path, briefings: int) -> Path:
    corpus, db = workdir / "corpus", workdir / "exports.db"
    if not db.exists():
        generate(briefings, corpus)
        for source in (ROOT / "seed").iterdir():
            shutil.copy(source, corpus / source.name)
        briefing = Path(sys.executable).parent / "briefing"
        load = [str(briefing), "load", "--seed-dir", str(corpus)]
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
        subprocess.run(load, env=env, check=True, stdout=subprocess.DEVNULL)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--briefings", type=int, default=100, help="of ~100 items each")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-exports-"))
    db = database(workdir, args.briefings)
    slow: dict[str, list[float]] = {name: [] for name in PROTOCOLS}
    fast: dict[str, list[float]] = {name: [] for name in PROTOCOLS}
    for _ in range(args.rounds):
        for name, protocol in PROTOCOLS.items():
            server, url = _serve(protocol, db)  # the corpus is loaded: no seed load
            try:
                fast_reader_seconds(url)  # a warm-up: imports, the first queries
                slow[name].append(slow_reader_cpu(server, url, args.seconds))
                fast[name].append(fast_reader_seconds(url))
            finally:
                server.terminate()
                server.wait(timeout=30)
    print(f"{EXPORT} on {args.briefings} briefings + the seed; {args.rounds} rounds (median)")
    print(f"{'protocol':<16}{'slow reader: server CPU s':>28}{'fast reader: s':>16}")
    for name in PROTOCOLS:
        print(
            f"{name:<16}{statistics.median(slow[name]):>28.2f}"
            f"{statistics.median(fast[name]):>16.2f}"
        )


if __name__ == "__main__":
    main()
