"""Every item of a list endpoint, following `next_cursor` from page to page, so that no caller
writes the cursor loop. It takes any list endpoint's generated function and that function's
own arguments, and its type follows from them (`mypy --strict` sees `ClaimPublic` here):

    from briefing_api_client.api.claims import list_claims
    from briefing_api_client.paging import iterate

    for claim in iterate(list_claims.sync, client=client, claim_type=[ClaimType.FORECAST]):
        print(claim.id)

A `cursor=` argument resumes from that cursor. Written by hand: sdk/python/generate.py carries
it into every generation.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, ParamSpec, Protocol, TypeVar

from .models.problem import Problem

__all__ = ["Page", "ProblemError", "aiterate", "apages", "iterate", "pages"]

P = ParamSpec("P")
ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class Page(Protocol[ItemT_co]):
    """What every list endpoint answers: a page of items and the cursor of the next one."""

    @property
    def items(self) -> Sequence[ItemT_co]: ...

    @property
    def next_cursor(self) -> str | None: ...


PageT = TypeVar("PageT", bound=Page[Any])


class ProblemError(Exception):
    """The API answered a page with a problem (RFC 9457), kept as `problem`."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.status} {problem.title}: {problem.detail}")
        self.problem = problem


def pages(
    fetch: Callable[P, PageT | Problem | None], *args: P.args, **kwargs: P.kwargs
) -> Iterator[PageT]:
    """Each page of `fetch(*args, **kwargs)` (a list endpoint's `sync`), the first to the last."""
    _require_cursor(fetch)
    while True:
        page = _checked(fetch(*args, **kwargs))
        yield page
        if page.next_cursor is None:
            return
        kwargs["cursor"] = page.next_cursor


def iterate(
    fetch: Callable[P, Page[ItemT] | Problem | None], *args: P.args, **kwargs: P.kwargs
) -> Iterator[ItemT]:
    """Each item of every page of `fetch(*args, **kwargs)` (a list endpoint's `sync`)."""
    for page in pages(fetch, *args, **kwargs):
        yield from page.items


async def apages(
    fetch: Callable[P, Awaitable[PageT | Problem | None]], *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[PageT]:
    """`pages` for a list endpoint's `asyncio`, with an `AuthenticatedClient` or `Client`."""
    _require_cursor(fetch)
    while True:
        page = _checked(await fetch(*args, **kwargs))
        yield page
        if page.next_cursor is None:
            return
        kwargs["cursor"] = page.next_cursor


async def aiterate(
    fetch: Callable[P, Awaitable[Page[ItemT] | Problem | None]],
    *args: P.args,
    **kwargs: P.kwargs,
) -> AsyncIterator[ItemT]:
    """`iterate` for a list endpoint's `asyncio`: `async for claim in aiterate(...)`."""
    async for page in apages(fetch, *args, **kwargs):
        for item in page.items:
            yield item


def _require_cursor(fetch: Callable[..., object]) -> None:
    """Refuses, before any request, a function that cannot be paged (a single item's)."""
    if "cursor" not in inspect.signature(fetch).parameters:
        name = f"{fetch.__module__}.{fetch.__qualname__}"
        raise TypeError(f"{name} takes no cursor: pass a list endpoint's sync or asyncio")


def _checked(answer: PageT | Problem | None) -> PageT:
    """The page, or the error that stands for what came instead."""
    if isinstance(answer, Problem):
        raise ProblemError(answer)
    if answer is None:
        raise RuntimeError(
            "the API answered with a status its OpenAPI document does not declare; "
            "a Client(raise_on_unexpected_status=True) raises errors.UnexpectedStatus with it"
        )
    return answer
