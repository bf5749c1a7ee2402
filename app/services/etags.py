"""The ETag of one item: what `GET /v1/{collection}/{id}` answers, what a write returns and
what `If-Match` must name.

It is the item's version plus a digest of its representation. The version makes a tag easy
to read ("v3-…"); the digest changes when something the item embeds changes without its
own version moving (an entity it names is renamed), so `If-None-Match` never revalidates
a stale copy. A gzip-encoded answer carries the same tag with `-gzip` appended (see
`app.middleware.http_cache`); `If-Match` accepts either form, as both name the same version.
"""

from __future__ import annotations

import hashlib
import re
from typing import TypeVar

from fastapi import Response
from pydantic import BaseModel

from app.core.errors import PreconditionFailed, PreconditionRequired

GZIP_SUFFIX = "-gzip"
T = TypeVar("T", bound=BaseModel)


def item_etag(item: BaseModel) -> str:
    digest = hashlib.sha256(item.model_dump_json().encode()).hexdigest()[:24]
    version = getattr(item, "version", 0)
    return f'"v{version}-{digest}"'


def tagged(response: Response, item: T) -> T:
    """`item`, with its ETag set on `response`."""
    response.headers["ETag"] = item_etag(item)
    return item


# RFC 9110 §8.8.3: an entity tag is an optional `W/` and a quoted string without quotes.
ENTITY_TAG = re.compile(r'(W/)?"([^"]*)"')


def _strong_opaque(tag: str) -> str | None:
    """The opaque part of a strong, well-formed entity tag, the same for its gzip variant;
    None for a weak or malformed one, which never matches."""
    match = ENTITY_TAG.fullmatch(tag.strip())
    if match is None or match.group(1):
        return None
    return match.group(2).removesuffix(GZIP_SUFFIX)


def check_if_match(if_match: str | None, current: str) -> None:
    """428 without `If-Match` (or with `*`, which names no version), 412 unless it names
    `current` (strong comparison: a weak tag never matches, RFC 9110 §13.1.1)."""
    if if_match is None or not if_match.strip() or if_match.strip() == "*":
        raise PreconditionRequired(
            "This write needs `If-Match` with the item's current ETag (from GET or the "
            "previous write), so that it cannot overwrite a change it has not seen; `*` "
            "names no version and is not enough."
        )
    named = {_strong_opaque(tag) for tag in if_match.split(",")} - {None}
    if _strong_opaque(current) not in named:
        raise PreconditionFailed(
            f"If-Match {if_match.strip()} is not the current ETag {current}: the item changed "
            "since you read it. GET it again, reapply your change and retry.",
            headers={"ETag": current},
        )
