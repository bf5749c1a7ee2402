"""The Dockerfile cannot be built here (no Docker engine), so it is linted instead."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_the_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run(
        [hadolint, "--failure-threshold", "info", str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_dockerfile_runs_the_app_as_the_deployment_guide_says() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "USER " in dockerfile, "the container does not run as root"
    assert 'CMD ["docker-entrypoint.sh"]' in dockerfile
    entrypoint = (ROOT / "docker-entrypoint.sh").read_text()
    assert entrypoint.index("briefing migrate") < entrypoint.index("exec uvicorn app.main:app")
    for option in (
        "--workers",
        "--proxy-headers",
        '--http "$protocol"',
        "--h11-max-incomplete-event-size",
        "--timeout-keep-alive",
        "--timeout-graceful-shutdown",
    ):
        assert option in entrypoint
    assert 'FORWARDED_ALLOW_IPS=""' in dockerfile, "X-Forwarded-For believed from no one"
