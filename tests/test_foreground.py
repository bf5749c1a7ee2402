"""The foreground count (app/core/foreground.py): every request while it runs, until it
steps back; bulk work waits for it to reach zero, for a while at most."""

from __future__ import annotations

import threading
import time

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from app.core.foreground import FOREGROUND, Foreground, step_back
from app.middleware.foreground import ForegroundMiddleware


def counted(_: Request) -> JSONResponse:
    before = FOREGROUND.count
    step_back()
    return JSONResponse({"while_served": before, "after_stepping_back": FOREGROUND.count})


def test_a_request_counts_while_it_runs_until_it_steps_back() -> None:
    app = ForegroundMiddleware(Starlette(routes=[Route("/", counted)]))
    with TestClient(app) as client:
        assert client.get("/").json() == {"while_served": 1, "after_stepping_back": 0}
    assert FOREGROUND.count == 0


def test_bulk_work_waits_until_the_last_request_is_answered() -> None:
    foreground = Foreground()
    first, second = foreground.enter(), foreground.enter()
    waited: list[bool] = []
    waiting = threading.Thread(target=lambda: waited.append(foreground.wait_idle(60)))
    waiting.start()
    first.release()
    first.release()  # a ticket is given back once, however often released
    time.sleep(0.1)
    assert waiting.is_alive() and foreground.count == 1
    second.release()
    waiting.join(10)
    assert waited == [True] and foreground.count == 0


def test_bulk_work_moves_on_after_waiting_at_most_its_limit() -> None:
    foreground = Foreground()
    held = foreground.enter()
    began = time.monotonic()
    assert foreground.wait_idle(0.2) is False
    assert time.monotonic() - began >= 0.2
    held.release()
    assert foreground.wait_idle(0) is True
