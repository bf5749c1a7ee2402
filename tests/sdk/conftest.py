"""The SDKs call the API over the network: these tests run against the real server."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture(scope="session")
def client(real_client: httpx.Client) -> httpx.Client:
    """What the SDKs are compared with: the same server, read directly."""
    return real_client
