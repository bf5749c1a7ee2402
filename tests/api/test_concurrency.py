"""No lost updates: many curators patch the same item at once, all from the same version,
against two worker processes. Exactly one write wins per version; every other one is told
(412) rather than silently overwritten."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.api.curation import MERGE_PATCH, Curation, serve_real
from tests.conftest import BACKENDS, Databases, bearer

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess

PATH = "/v1/claims/pivot-driven-by-pressure-miscalculation-and-smart-moves"
ROUNDS = 4
WRITERS = 16


@pytest.fixture(params=BACKENDS)
def cur(
    request: pytest.FixtureRequest, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Curation]:
    log = tmp_path_factory.mktemp("concurrency") / "uvicorn.log"
    yield from serve_real(databases, request.param, log, "--workers", "2")


def test_exactly_one_conflicting_write_wins_per_version(cur: Curation) -> None:
    headers = {**bearer(cur.keys["curator"]), **MERGE_PATCH}
    outcomes: list[tuple[int, int]] = []  # (winners, refused) per round
    with httpx.Client(base_url=cur.server.url, timeout=60) as http:
        for round_ in range(ROUNDS):
            etag = cur.etag(PATH)

            def attempt(n: int, etag: str = etag, round_: int = round_) -> httpx.Response:
                statement = f"Round {round_}, writer {n}: the pivot was driven by pressure."
                return http.patch(
                    PATH,
                    content=f'{{"statement": "{statement}"}}',
                    headers={**headers, "If-Match": etag},
                )

            with ThreadPoolExecutor(WRITERS) as pool:
                responses = list(pool.map(attempt, range(WRITERS)))
            statuses = sorted(r.status_code for r in responses)
            winners = [r for r in responses if r.status_code == 200]
            assert statuses == [200] + [412] * (WRITERS - 1), statuses
            final = http.get(PATH, headers={"Accept-Encoding": "identity"})
            assert final.json() == winners[0].json()
            assert final.headers["etag"] == winners[0].headers["etag"]
            outcomes.append((len(winners), statuses.count(412)))

    history = cur.http.get(f"{PATH}/revisions", params={"sort": "version"}).json()["items"]
    # The seed's version 1, then exactly one revision per successful write.
    assert [r["version"] for r in history] == list(range(1, ROUNDS + 2))
    assert [r["action"] for r in history] == ["create"] + ["update"] * ROUNDS
    assert history[-1]["representation"] == cur.http.get(PATH).json()
    assert outcomes == [(1, WRITERS - 1)] * ROUNDS
    print(f"{ROUNDS * WRITERS} requests: {ROUNDS} winners, {ROUNDS * (WRITERS - 1)} refused (412)")
