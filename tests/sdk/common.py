"""What the Python and the TypeScript SDK tests share."""

from __future__ import annotations

import re

import httpx

from tests.conftest import ROOT, fetch_all

PYTHON_SDK = ROOT / "sdk" / "python"
PACKAGE = "briefing_api_client"


def warnings_in(output: str) -> list[str]:
    """The lines of a generator's output that warn of something."""
    return [line for line in output.splitlines() if re.search(r"warn", line, re.IGNORECASE)]


def assert_usage_output(lines: list[str], client: httpx.Client, validation_errors: str) -> None:
    """The output of sdk/python/usage.py or sdk/typescript/usage.ts, which do the same things
    and differ only in how each language prints a list (`validation_errors`: the 422's)."""
    forecasts = fetch_all(client, "/v1/claims", {"claim_type": "forecast"})
    assert lines[0] == f"{len(forecasts)} forecasts; the first: {forecasts[0]['statement']}"
    assert lines[2].startswith("Donald Trump, 2025-07-08: We get a lot of bullshit")
    hedged = client.get("/v1/claims", params={"hedged": "true", "limit": 1}).json()
    first = hedged["items"][0]
    cue = first["confidence"]["cue"]
    assert lines[-3] == (
        f"{hedged['total']} hedged claims; {first['id']}: {first['confidence']['modality']} "
        + (repr(cue["text"]) if cue else "None")
    ), "the SDKs read the knowledge model's confidence"
    assert lines[-2:] == [
        "404 There is no quote with id 'no-such-quote'.",
        f"422 {validation_errors}",
    ]
